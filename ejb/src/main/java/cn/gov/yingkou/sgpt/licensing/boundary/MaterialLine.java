package cn.gov.yingkou.sgpt.licensing.boundary;

import java.time.Instant;

/**
 * One line of an application's materials checklist: a material the implementation list requires ({@code listed}) or
 * one handed in besides, whether the bureau holds it — handed in with the application or supplemented, and when — or
 * still misses it.
 */
public record MaterialLine(String name, boolean listed, State state, Instant receivedAt) {

    public enum State {
        RECEIVED, SUPPLEMENTED, MISSING
    }

    public boolean missing() {
        return state == State.MISSING;
    }
}
