package cn.gov.yingkou.sgpt.platform.boundary;

import java.time.Instant;

/** What the platform says about itself to a caller that pings it. */
public record PlatformInfo(String nameZh, String nameEn, String version, String serverRelease, String mode,
        String timeZone, Instant serverTime, String schemaVersion) {

    /** As told to a caller who has not authenticated: no release or version that would help an attacker choose. */
    public PlatformInfo withoutVersions() {
        return new PlatformInfo(nameZh, nameEn, null, null, mode, timeZone, serverTime, null);
    }
}
