package cn.gov.yingkou.sgpt.bench;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.UUID;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.xml.ws.BindingProvider;

import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import cn.gov.yingkou.sgpt.bench.client.licensing.v1.Applicant;
import cn.gov.yingkou.sgpt.bench.client.licensing.v1.ApplicantKind;
import cn.gov.yingkou.sgpt.bench.client.licensing.v1.CertificateForm;
import cn.gov.yingkou.sgpt.bench.client.licensing.v1.LicenceTerms;
import cn.gov.yingkou.sgpt.bench.client.licensing.v1.LicensingPort;
import cn.gov.yingkou.sgpt.bench.client.licensing.v1.LicensingService;
import cn.gov.yingkou.sgpt.bench.client.licensing.v1.SubmitFinishedResult;
import cn.gov.yingkou.sgpt.bench.client.platform.v1.Ping;
import cn.gov.yingkou.sgpt.bench.client.platform.v1.PlatformPort;
import cn.gov.yingkou.sgpt.bench.client.platform.v1.PlatformService;
import cn.gov.yingkou.sgpt.exchange.control.UsernameTokenSigning;

/**
 * Finished results submitted over SOAP by concurrent clients (the provincial platform's traffic: each one
 * authenticated by a WS-Security digest token, checked for duplicates by message id, written as application,
 * licence, register entry, push, duties and audit entries in one transaction), beside the same server's bare
 * SOAP ping (no token, no database) and a bare JDBC insert loop on the same database, in the same run.
 * Targets: results per second at least 40% of the ping's rate, p99 under 100 ms. Under each run it prints the CPU a
 * call cost the server and PostgreSQL over the measured phase (from /proc: run it on the server's machine).
 *
 * <p>Arguments: baseUrl jdbcUrl dbUser dbPassword [seconds=60] [clients=16] [warmUpSeconds=30]. The server runs
 * in demo mode (it submits as the demo provincial system lnzw.system) on the database the JDBC URL names. The
 * warm-up is long because a freshly started server still compiles the results path after ten seconds (a fifth of
 * its CPU went to the JIT compiler then): the figures are meant for a server in its steady state.
 */
public final class ExchangeSoapBenchmark {

    private static final String SYSTEM = "lnzw.system";
    private static final String SECRET = "Yingkou2026-lnzw-system";

    private ExchangeSoapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/sgpt";
        String user = args.length > 2 ? args[2] : "sgpt";
        String password = args.length > 3 ? args[3] : "secret";
        Duration measured = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 60);
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 16;
        Duration warmUp = Duration.ofSeconds(args.length > 6 ? Long.parseLong(args[6]) : 30);
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
        System.out.printf("%d clients, %d s warm-up and %d s measured each, against %s and %s%n", clients,
                warmUp.toSeconds(), measured.toSeconds(), base, jdbc);

        CpuWindow pingCpu = CpuWindow.over(warmUp, measured);
        var ping = LoadRun.run("bare SOAP ping (no database)", clients, warmUp, measured, client -> {
            PlatformPort port = http11(new PlatformService(new URL(base + "/api/soap/platform/v1?wsdl")).getPlatformPort());
            return (c, n) -> {
                Ping request = new Ping();
                request.setEcho("p" + n);
                port.ping(request);
            };
        });
        ping.print();
        pingCpu.print("the ping", ping.calls());

        CpuWindow resultsCpu = CpuWindow.over(warmUp, measured);
        var results = LoadRun.run("finished results over SOAP", clients, warmUp, measured, client -> {
            LicensingPort port = http11(signed(new LicensingService(new URL(base + "/api/soap/licensing/v1?wsdl"))
                    .getLicensingPort()));
            return (c, n) -> port.submitFinishedResult(result("B" + run + "-" + n));
        });
        results.print();
        resultsCpu.print("a result", results.calls());

        var inserts = jdbcInserts(jdbc, user, password, clients, warmUp, measured);
        inserts.print();

        System.out.printf("%nresults / ping: %.0f%% (target ≥ 40%%); results p99 %.1f ms (target < 100 ms); "
                + "results / JDBC inserts: %.0f%%%n", 100 * results.perSecond() / ping.perSecond(), results.p99Millis(),
                100 * results.perSecond() / inserts.perSecond());
    }

    private static LoadRun.Figures jdbcInserts(String jdbc, String user, String password, int clients, Duration warmUp,
            Duration measured) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, user, password); Statement ddl = db.createStatement()) {
            ddl.execute("create table if not exists bench_insert (id bigint generated by default as identity primary key, "
                    + "message_id varchar(36) not null, payload varchar(2000) not null, at timestamp with time zone not null)");
        }
        try {
            return LoadRun.run("bare JDBC insert, one per commit", clients, warmUp, measured, client -> {
                Connection db = DriverManager.getConnection(jdbc, user, password);
                PreparedStatement insert = db.prepareStatement("insert into bench_insert (message_id, payload, at) "
                        + "values (?, ?, current_timestamp)");
                return (c, n) -> {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "{\"licenceNumber\":\"B" + n + "\",\"applicantName\":\"营口基准测试店\"}");
                    insert.executeUpdate();
                };
            });
        } finally {
            try (Connection db = DriverManager.getConnection(jdbc, user, password); Statement ddl = db.createStatement()) {
                ddl.execute("drop table bench_insert");
            }
        }
    }

    private static SubmitFinishedResult result(String licence) throws Exception {
        SubmitFinishedResult request = new SubmitFinishedResult();
        request.setMessageId(UUID.randomUUID().toString());
        request.setUnitCode("210800");
        request.setItemCode("000105001000");
        Applicant applicant = new Applicant();
        applicant.setKind(ApplicantKind.ORGANISATION);
        applicant.setId("91350100M000100Y43");
        applicant.setName("营口基准测试店");
        applicant.setContactName("王店长");
        applicant.setContactPhone("0417-2801234");
        request.setApplicant(applicant);
        request.getMaterial().add("食品经营许可申请书");
        Instant issued = Instant.now().minusSeconds(3600);
        request.setAcceptedAt(time(issued.minus(Duration.ofDays(3))));
        request.setDecidedAt(time(issued.minusSeconds(600)));
        request.setIssuedAt(time(issued));
        LicenceTerms terms = new LicenceTerms();
        terms.setNumber(licence);
        terms.setScope("预包装食品销售");
        terms.setValidFrom(DatatypeFactory.newInstance().newXMLGregorianCalendar(LocalDate.now().toString()));
        terms.setForm(CertificateForm.PAPER);
        terms.setCertificateRef("No." + licence);
        request.setLicence(terms);
        return request;
    }

    private static XMLGregorianCalendar time(Instant at) throws Exception {
        return DatatypeFactory.newInstance().newXMLGregorianCalendar(GregorianCalendar.from(at.atZone(ZoneOffset.ofHours(8))));
    }

    /** Plain HTTP/1.1 with keep-alive, as provincial front-end machines (前置机) call; not h2c. */
    private static <T> T http11(T port) {
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setVersion("1.1");
        policy.setAllowChunking(false);
        ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setClient(policy);
        return port;
    }

    /** As the provincial platform calls: a UsernameToken with password digest, nonce and created time. */
    private static <T> T signed(T port) {
        UsernameTokenSigning.digest(ClientProxy.getClient(port), SYSTEM, SECRET);
        return port;
    }
}
