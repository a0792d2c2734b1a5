package cn.gov.yingkou.sgpt.it.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.yingkou.sgpt.audit.boundary.Channel;
import cn.gov.yingkou.sgpt.exchange.boundary.PushFilter;
import cn.gov.yingkou.sgpt.exchange.boundary.PushQueries;
import cn.gov.yingkou.sgpt.exchange.boundary.PushStatus;
import cn.gov.yingkou.sgpt.exchange.boundary.PushView;
import cn.gov.yingkou.sgpt.it.support.DeploymentsForTests;
import cn.gov.yingkou.sgpt.organisation.boundary.AccountDirectory;
import cn.gov.yingkou.sgpt.organisation.boundary.Caller;
import cn.gov.yingkou.sgpt.platform.boundary.ResultPage;

/**
 * The boxes on a department's scale: a box of more than {@link PushQueries#COUNT_CAP} hand-overs counts up to the cap
 * and says so (a narrower search counts exactly again), and the bureau's overdue box lists what ran out longest ago
 * first, whatever its status. The rows are written straight into the table (a year's traffic would take the suite
 * minutes through the application) and removed again.
 */
@ExtendWith(ArquillianExtension.class)
class HandoverBoxesIT {

    @EJB
    PushQueries queries;

    @EJB
    AccountDirectory directory;

    @Resource(lookup = "java:jboss/datasources/SgptDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return DeploymentsForTests.withTests(HandoverBoxesIT.class);
    }

    private Caller person(String username) {
        return directory.caller(username, Channel.PORTAL, "127.0.0.1").orElseThrow();
    }

    @Test
    void aBoxBeyondTheCapCountsToTheCapAndANarrowerSearchCountsExactly() throws SQLException {
        String prefix = "CAP" + System.nanoTime() % 1_000_000_000L + "-";
        Caller market = person("scjg.clerk");
        try {
            insert(prefix, PushQueries.COUNT_CAP + 1, PushStatus.SIGNED, i -> null);
            ResultPage<PushView> all = queries.inbox(market, market.department(), EnumSet.of(PushStatus.SIGNED),
                    PushFilter.licence(prefix), false, null, 0, 20);
            assertEquals(PushQueries.COUNT_CAP, all.total());
            assertTrue(all.totalCapped(), "more signed results than the cap are counted as at least the cap");
            assertEquals(20, all.rows().size());

            ResultPage<PushView> narrower = queries.inbox(market, market.department(), EnumSet.of(PushStatus.SIGNED),
                    PushFilter.licence(prefix + "0000"), false, null, 0, 20);
            assertEquals(9, narrower.total(), "licences 00001 to 00009");
            assertFalse(narrower.totalCapped());
        } finally {
            remove(prefix);
        }
    }

    @Test
    void theBureausOverdueBoxListsTheLongestOverdueFirstAcrossStatuses() throws SQLException {
        String prefix = "OVD" + System.nanoTime() % 1_000_000_000L + "-";
        Caller bureau = person("spj.clerk");
        Instant now = Instant.now();
        List<PushStatus> statuses = List.of(PushStatus.PUSHED, PushStatus.PENDING, PushStatus.RETURNED, PushStatus.PENDING);
        try {
            // Issued in one order, run out in the reverse: the box follows the deadlines.
            for (int i = 0; i < statuses.size(); i++) {
                int at = i;
                insert(prefix + i + "-", 1, statuses.get(i), n -> now.minus(Duration.ofDays(10 + at)));
            }
            List<String> listed = queries.outbox(bureau, bureau.department(),
                    EnumSet.of(PushStatus.PENDING, PushStatus.RETURNED, PushStatus.PUSHED), PushFilter.licence(prefix), true,
                    null, 0, 20).rows().stream().map(PushView::licenceNumber).toList();
            assertEquals(List.of(prefix + "3-00001", prefix + "2-00001", prefix + "1-00001", prefix + "0-00001"), listed);
        } finally {
            remove(prefix);
        }
    }

    private interface Deadline {
        Instant of(int n);
    }

    /** Results from the city's approval bureau to its market bureau, licences prefix00001 onwards, issued a day apart. */
    private void insert(String prefix, int count, PushStatus status, Deadline due) throws SQLException {
        Instant issued = Instant.parse("2026-01-05T02:00:00Z");
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("insert into exchange_handover (id, message_id, kind, "
                     + "document_number, unit_id, licence_number, application_number, item_code, from_department_id, "
                     + "to_department_id, payload, status, issued_at, pushed_at, signed_at, changed_at, due_at, version) "
                     + "select ?, ?, 'RESULT', ?, u.id, ?, ?, '000105001000', b.id, m.id, '{}', ?, ?, ?, ?, ?, ?, 0 "
                     + "from org_unit u, org_department b, org_department m where u.code = '210800' "
                     + "and b.code = '210800-XZSP' and m.code = '210800-SCJG'")) {
            long firstId = nextFreeId(db);
            for (int i = 1; i <= count; i++) {
                String licence = prefix + String.format("%05d", i);
                Timestamp at = Timestamp.from(issued.plus(Duration.ofMinutes(i)));
                insert.setLong(1, firstId + i);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, licence);
                insert.setString(4, licence);
                insert.setString(5, "A" + licence);
                insert.setString(6, status.name());
                insert.setTimestamp(7, at);
                insert.setTimestamp(8, status == PushStatus.PENDING ? null : at);
                insert.setTimestamp(9, status == PushStatus.SIGNED ? at : null);
                insert.setTimestamp(10, at);
                Instant deadline = due.of(i);
                insert.setTimestamp(11, deadline == null ? null : Timestamp.from(deadline));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Ids above any the application's sequence hands out in a test run. */
    private static long nextFreeId(Connection db) throws SQLException {
        try (PreparedStatement max = db.prepareStatement("select coalesce(max(id), 0) from exchange_handover");
             ResultSet result = max.executeQuery()) {
            result.next();
            return result.getLong(1) + 1_000_000_000L;
        }
    }

    private void remove(String prefix) throws SQLException {
        try (Connection db = dataSource.getConnection();
             PreparedStatement delete = db.prepareStatement("delete from exchange_handover where licence_number like ?")) {
            delete.setString(1, prefix + "%");
            delete.executeUpdate();
        }
    }
}
