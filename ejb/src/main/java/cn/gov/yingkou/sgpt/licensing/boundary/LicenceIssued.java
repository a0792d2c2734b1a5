package cn.gov.yingkou.sgpt.licensing.boundary;

import cn.gov.yingkou.sgpt.audit.boundary.Actor;

/**
 * A licence entered the register (issued here, or decided elsewhere and submitted finished). Fired inside the
 * issuing transaction, so that what follows from it — the result push — is written with it or not at all.
 */
public record LicenceIssued(LicenceView licence, ApplicationView application, Actor actor) {
}
