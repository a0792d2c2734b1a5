package cn.gov.yingkou.sgpt.catalogue.entity;

/**
 * Where one version of an implementation list stands. A change to a key element waits for the competent
 * department's consent (Art 8 ¶2) and only then takes effect; a refused or withdrawn proposal never does.
 */
public enum ImplementationState {
    PENDING_CONSENT, IN_EFFECT, SUPERSEDED, REFUSED, WITHDRAWN;

    public boolean canBecome(ImplementationState target) {
        return switch (this) {
            case PENDING_CONSENT -> target == IN_EFFECT || target == REFUSED || target == WITHDRAWN;
            case IN_EFFECT -> target == SUPERSEDED;
            case SUPERSEDED, REFUSED, WITHDRAWN -> false;
        };
    }
}
