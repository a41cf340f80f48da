// Entry point of the Briefings API GraphiQL bundle.
//
// Built by build.mjs into src/main/resources/static/graphiql/graphiql.js (+ graphiql.css)
// and loaded by src/main/resources/graphiql/index.html, the page that Spring for GraphQL's
// GraphiQlHandler serves at /graphiql?path=/graphql. Everything is bundled: the page works
// without any network access beyond the application itself.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
import 'graphiql/graphiql.css';

const DEFAULT_QUERY = `# Briefings API: press briefings with the officials
# who spoke, the operations they mentioned and the quotes
# extracted from them.
#
# Run with the play button or Ctrl-Enter. Lists are Relay
# connections: page with \`first\` and \`after\` (pass
# pageInfo.endCursor as \`after\` for the next page).
# The Documentation Explorer (book icon, top left) lists
# every type and field.
#
# Authentication: enter your API key in the Headers tab:
#   {"Authorization": "Bearer <your API key>"}

query Feed {
  briefings(first: 5) {
    edges {
      node {
        id title publishedAt
        officials { name positions { title organization { name } } }
        operations { name kind }
        quotes { text kind speaker { name } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

// Headers stay empty by default: never send a placeholder key. The page shows the hint instead.
const DEFAULT_HEADERS = '{}';

// The first tab is the Feed query above; then one tab per example operation of
// src/test/resources/graphql-test/, compiled in by build.mjs (EXAMPLE_TABS).
/* global EXAMPLE_TABS */
const DEFAULT_TABS = [
  { query: DEFAULT_QUERY, headers: DEFAULT_HEADERS },
  ...EXAMPLE_TABS.map((tab) => ({ ...tab, headers: DEFAULT_HEADERS })),
];

/** Resolves the GraphQL endpoint from the `path` query parameter that GraphiQlHandler adds. */
function endpointUrl() {
  const path = new URLSearchParams(window.location.search).get('path') || '/graphql';
  const url = new URL(path, window.location.href);
  if (url.origin !== window.location.origin) {
    // Only ever talk to the application that served this page.
    throw new Error(`Refusing cross-origin GraphQL endpoint: ${path}`);
  }
  return url.href;
}

/** A plain HTTP fetcher: POST the operation as JSON to the endpoint, same-origin only. */
function createHttpFetcher(url) {
  return async (params, opts) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/graphql-response+json, application/json',
        'Content-Type': 'application/json',
        ...(opts && opts.headers ? opts.headers : {}),
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      // Not a GraphQL response (e.g. 401 from security, proxy error page): show it as an error.
      return {
        errors: [{ message: `HTTP ${response.status} ${response.statusText}: ${text || '(empty body)'}` }],
      };
    }
  };
}

/** Whether the operation GraphiQL is about to run is a subscription. */
function isSubscription(params) {
  try {
    const operation = getOperationAST(parse(params.query), params.operationName || undefined);
    return operation !== null && operation.operation === 'subscription';
  } catch {
    return false;
  }
}

/** The graphql-ws address of the same endpoint: ws:// or wss://, same host and path. */
function webSocketUrl(httpUrl) {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * Queries and mutations over HTTP POST; subscriptions over graphql-ws on the same path (one
 * socket, opened at the first subscription). A browser cannot set headers on a WebSocket, so
 * subscriptions run as the anonymous reader whatever the Headers tab says.
 */
function createFetcher(url) {
  const http = createHttpFetcher(url);
  let webSocket = null;
  return (params, opts) => {
    if (!isSubscription(params)) {
      return http(params, opts);
    }
    webSocket = webSocket || createClient({ url: webSocketUrl(url), lazy: true, retryAttempts: 3 });
    return webSocket.iterate({
      query: params.query,
      operationName: params.operationName || undefined,
      variables: params.variables || undefined,
    });
  };
}

function mount() {
  const container = document.getElementById('graphiql');
  let fetcher;
  try {
    fetcher = createFetcher(endpointUrl());
  } catch (e) {
    container.textContent = e.message;
    return;
  }
  createRoot(container).render(
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      defaultHeaders={DEFAULT_HEADERS}
      defaultTabs={DEFAULT_TABS}
      isHeadersEditorEnabled={true}
      shouldPersistHeaders={true}
      defaultEditorToolsVisibility="headers"
    >
      <GraphiQL.Logo>Briefings API</GraphiQL.Logo>
    </GraphiQL>,
  );
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mount);
} else {
  mount();
}
