// Compiled with the generated types by `npm run check`: fails when the generated types stop
// describing the example operations the way clients use them (scalars as strings, named
// operations with their variables).
import type {
  FeedWithRelationsQuery,
  IngestDocumentMutation,
  IngestDocumentMutationVariables,
} from './generated/operations';

type Edge = NonNullable<FeedWithRelationsQuery['briefings']>['edges'][number];

export function publishedAt(edge: Edge): string {
  return edge.node.publishedAt;
}

export const variables: IngestDocumentMutationVariables = {
  input: { text: 'MOSCOW, April 3 -- ...', publishedAt: '2025-04-03', externalId: 'wire-0001' },
};

export function outcome(result: IngestDocumentMutation): string {
  return result.ingestDocument.outcome;
}
