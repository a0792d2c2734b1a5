package cn.gov.yingkou.sgpt.platform.boundary;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

/** What the start of this node has put in place, for the health report; the seeding marks it. */
@Singleton
@Lock(LockType.READ)
public class StartupState {

    private volatile boolean demoDataLoaded;

    public void markDemoDataLoaded() {
        demoDataLoaded = true;
    }

    public boolean isDemoDataLoaded() {
        return demoDataLoaded;
    }
}
