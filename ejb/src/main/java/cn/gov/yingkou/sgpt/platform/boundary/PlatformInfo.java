package cn.gov.yingkou.sgpt.platform.boundary;

import java.time.Instant;

/** What the platform says about itself to a caller that pings it. */
public record PlatformInfo(String nameZh, String nameEn, String version, String serverRelease, String mode,
        String timeZone, Instant serverTime, String schemaVersion) {
}
