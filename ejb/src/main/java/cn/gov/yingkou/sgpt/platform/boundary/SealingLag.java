package cn.gov.yingkou.sgpt.platform.boundary;

import java.time.Duration;

/**
 * How far the audit chain's sealing lags behind, for the health report. The audit context implements it, so that
 * the kernel reports on the audit trail without depending on it.
 */
public interface SealingLag {

    int sealEverySeconds();

    Duration oldestUnsealed();
}
