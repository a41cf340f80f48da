-- wrk script: POSTs the GraphQL feed query of src/test/resources/graphql-test/benchFeed.graphql.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = os.getenv("BENCH_GRAPHQL_BODY")
