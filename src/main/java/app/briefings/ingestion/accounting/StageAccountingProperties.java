package app.briefings.ingestion.accounting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether ingestion counts the CPU time and allocation of each of its stages; off but in
 * benchmarks, where {@code src/bench/run.sh --ingest} switches it on.
 *
 * @param enabled whether the stages are counted
 */
@ConfigurationProperties("briefings.ingestion.accounting")
public record StageAccountingProperties(boolean enabled) {

}
