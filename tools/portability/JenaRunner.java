// Run many SPARQL queries on Jena in one JVM: the portability check's Jena side.
//
//   java -cp CLASSPATH JenaRunner.java DATA.nt JOBS_DIR [mem|tdb2|both]
//
// DATA.nt is loaded once, into an in-memory dataset (ARQ's engine), into a TDB2
// database held in memory (TDB2's storage and engine), or both.  Every JOBS_DIR/<id>.rq is
// then run on each; the answer goes to JOBS_DIR/<id>.<engine>.srj (SELECT and ASK, as
// SPARQL 1.1 JSON results) or JOBS_DIR/<id>.<engine>.nt (CONSTRUCT, DESCRIBE), and a
// query that Jena refuses or that fails gets JOBS_DIR/<id>.<engine>.err with the
// message instead.  The exit code is 0 when every job ran (failures are in the .err
// files), 2 for bad arguments.  With JENARUNNER_TIMES set, each query's time goes to stderr.
// Written for Jena 4.5 (Debian's libapache-jena-java).
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.TDB2Factory;

public class JenaRunner {
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: JenaRunner DATA.nt JOBS_DIR [mem|tdb2|both]");
            System.exit(2);
        }
        String data = args[0];
        File jobs = new File(args[1]);
        String mode = args.length == 3 ? args[2] : "both";
        if (!new File(data).isFile() || !jobs.isDirectory() || !Arrays.asList("mem", "tdb2", "both").contains(mode)) {
            System.err.println("JenaRunner: no such data file or jobs folder, or an unknown mode: " + String.join(" ", args));
            System.exit(2);
        }
        File[] files = jobs.listFiles((d, n) -> n.endsWith(".rq"));
        Arrays.sort(files);
        List<String> engines = new ArrayList<>();
        if (!mode.equals("tdb2")) engines.add("mem");
        if (!mode.equals("mem")) engines.add("tdb2");
        long t0 = System.nanoTime();
        for (String engine : engines) {
            Dataset ds;
            if (engine.equals("mem")) {
                ds = DatasetFactory.create();
                RDFDataMgr.read(ds.getDefaultModel(), data);
            } else {
                // TDB2's engine over TDB2's storage, in memory: no disk writes to wait for
                ds = TDB2Factory.createDataset();
                ds.begin(ReadWrite.WRITE);
                RDFDataMgr.read(ds.getDefaultModel(), data);
                ds.commit();
                ds.end();
            }
            if (System.getenv("JENARUNNER_TIMES") != null)
                System.err.printf("JenaRunner: %s: loaded at %.1f s%n", engine, (System.nanoTime() - t0) / 1e9);
            for (File f : files) {
                String id = f.getName().substring(0, f.getName().length() - 3);
                String text = new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8);
                File err = new File(jobs, id + "." + engine + ".err");
                long q0 = System.nanoTime();
                try {
                    run(ds, engine, text, jobs, id);
                    if (System.getenv("JENARUNNER_TIMES") != null)
                        System.err.printf("%s %s %.2f%n", engine, id, (System.nanoTime() - q0) / 1e9);
                } catch (Exception e) {
                    String msg = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                    Files.write(err.toPath(), msg.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (engine.equals("tdb2")) {
                ds.close();
            }
            System.err.printf("JenaRunner: %s: %d queries, %.1f s so far%n", engine, files.length, (System.nanoTime() - t0) / 1e9);
        }
    }

    static void run(Dataset ds, String engine, String text, File jobs, String id) throws Exception {
        Query q = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        boolean txn = ds.supportsTransactions() && engine.equals("tdb2");
        if (txn) ds.begin(ReadWrite.READ);
        try (QueryExecution qe = QueryExecutionFactory.create(q, ds)) {
            if (q.isSelectType()) {
                try (OutputStream out = new FileOutputStream(new File(jobs, id + "." + engine + ".srj"))) {
                    ResultSetFormatter.outputAsJSON(out, qe.execSelect());
                }
            } else if (q.isAskType()) {
                try (OutputStream out = new FileOutputStream(new File(jobs, id + "." + engine + ".srj"))) {
                    ResultSetFormatter.outputAsJSON(out, qe.execAsk());
                }
            } else {
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                try (OutputStream out = new FileOutputStream(new File(jobs, id + "." + engine + ".nt"))) {
                    RDFDataMgr.write(out, m, Lang.NTRIPLES);
                }
            }
        } finally {
            if (txn) ds.end();
        }
    }
}
