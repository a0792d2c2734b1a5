package cn.gov.yingkou.sgpt.platform.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;

/**
 * Loads the demo organisation in demo mode only. Every step is "ensure", so a restart, a second node or a
 * half-finished earlier run converge on the same data.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @EJB
    OrganisationSetup organisation;

    private volatile boolean loaded;

    @PostConstruct
    void load() {
        if (RunMode.current() != RunMode.DEMO) {
            return;
        }
        DemoOrganisation.load(organisation);
        loaded = true;
        LOG.info("Demo mode: demo organisation and accounts are in place (README: demo accounts).");
    }

    public boolean loaded() {
        return loaded;
    }
}
