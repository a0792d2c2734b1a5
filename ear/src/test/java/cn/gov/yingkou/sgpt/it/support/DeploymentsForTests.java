package cn.gov.yingkou.sgpt.it.support;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** What in-container test classes, in other packages, use to build their deployment. */
public final class DeploymentsForTests {

    private DeploymentsForTests() {
    }

    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        return Platform.earWithTests(testClasses);
    }
}
