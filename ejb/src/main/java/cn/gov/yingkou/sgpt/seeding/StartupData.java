package cn.gov.yingkou.sgpt.seeding;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import cn.gov.yingkou.sgpt.catalogue.boundary.ImplementationLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.ItemLists;
import cn.gov.yingkou.sgpt.catalogue.boundary.PushLists;
import cn.gov.yingkou.sgpt.licensing.boundary.ApplicationQueries;
import cn.gov.yingkou.sgpt.licensing.boundary.Applications;
import cn.gov.yingkou.sgpt.licensing.boundary.FinishedResults;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.OrganisationSetup;
import cn.gov.yingkou.sgpt.platform.boundary.RunMode;
import cn.gov.yingkou.sgpt.platform.boundary.StartupState;

/**
 * Puts the units of the regulation in place on every start, then the demo organisation in demo mode, or the
 * first administrator of a production installation. Every step is "ensure", so a restart, a second node or
 * a half-finished earlier run converge on the same data.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupData {

    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

    @EJB
    OrganisationSetup organisation;

    @EJB
    ItemLists itemLists;

    @EJB
    ImplementationLists implementationLists;

    @EJB
    PushLists pushLists;

    @EJB
    AccountDirectory directory;

    @EJB
    Applications applications;

    @EJB
    FinishedResults finishedResults;

    @EJB
    ApplicationQueries applicationQueries;

    @EJB
    StartupState startup;

    @PostConstruct
    void load() {
        YingkouUnits.load(organisation);
        if (RunMode.current() != RunMode.DEMO) {
            FirstAdministrator.ensure(organisation, java.nio.file.Path.of(System.getProperty("sgpt.data.dir",
                    System.getProperty("jboss.server.data.dir", "data"))));
            return;
        }
        DemoOrganisation.load(organisation);
        DemoItemList.load(itemLists, implementationLists, pushLists, directory);
        DemoLicensing.load(applications, finishedResults, applicationQueries, directory);
        startup.markDemoDataLoaded();
        LOG.info("Demo mode: demo organisation and accounts are in place (README: demo accounts).");
    }
}
