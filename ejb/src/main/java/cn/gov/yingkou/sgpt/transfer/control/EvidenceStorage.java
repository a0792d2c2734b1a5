package cn.gov.yingkou.sgpt.transfer.control;

import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;

/**
 * The platform's evidence store, as the system properties configure it: {@value #DIRECTORY} (by default {@code
 * <sgpt.data.dir>/evidence}; every node of a cluster must see the same directory, and it belongs in the backup with
 * the database), {@value #LIMIT} (the largest file, in megabytes; 50 by default) and the virus scanner's hook
 * ({@link VirusScan}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EvidenceStorage {

    public static final String DIRECTORY = "sgpt.evidence.dir";
    public static final String LIMIT = "sgpt.evidence.max.megabytes";

    private EvidenceStore store;

    @PostConstruct
    void configure() {
        String configured = System.getProperty(DIRECTORY);
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("sgpt.data.dir", "data"), "evidence");
        store = new EvidenceStore(root, Long.getLong(LIMIT, 50) * 1024 * 1024, VirusScan.configured());
    }

    public EvidenceStore store() {
        return store;
    }
}
