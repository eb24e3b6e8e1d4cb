package pgtest

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// EngineVariable is set to "postgres" in the second run of a test binary,
// the one whose books are on PostgreSQL.
const EngineVariable = "TEND_TEST_ENGINE"

// OnPostgres tells that this run's books are on PostgreSQL.
func OnPostgres() bool { return os.Getenv(EngineVariable) == "postgres" }

// shared is the server of a run on PostgreSQL.
var shared *Server

// Database makes a fresh database for the test on this run's server; it
// may be called only in the run on PostgreSQL.
func Database(t testing.TB) string {
	t.Helper()
	if shared == nil {
		t.Fatal("pgtest.Database called outside the run on PostgreSQL")
	}
	return shared.Database(t)
}

// BothEngines runs a package's tests twice, from its TestMain: on SQLite
// files, and at the same time, in a second run of the test binary with the
// same flags, on PostgreSQL, leaving out the tests named in notThere (a
// test's name and why it does not run there). The two runs go side by side
// because each runs its tests one after another on one core, and the
// store's package is the longest of the whole check; the second run's
// output follows the first's; where benchmarks are asked for, the second
// run starts after the first. It returns the exit code for os.Exit.
// Without a server the second run is skipped with a line saying how to
// have it; in CI (CI set) that is a failure.
func BothEngines(m *testing.M, notThere map[string]string) int {
	if OnPostgres() {
		shared = &Server{URL: os.Getenv(ServerVariable), stop: func() error { return nil }}
		defer dropKept()
		return m.Run()
	}
	if !flag.Parsed() {
		flag.Parse() // the second run's flags are the first run's
	}
	server, err := Start()
	if err != nil {
		return noServer(err, m.Run())
	}
	defer server.Stop()
	if benchmarking() {
		// Benchmarks measure one engine at a time: side by side, each
		// run's figures would be the other's load too.
		code := m.Run()
		if code2 := startSecondRun(server, notThere)(); code == 0 {
			code = code2
		}
		return code
	}
	second := startSecondRun(server, notThere)
	code := m.Run()
	if code2 := second(); code == 0 {
		code = code2
	}
	return code
}

// benchmarking tells whether the run was asked for benchmarks (-bench).
func benchmarking() bool {
	f := flag.Lookup("test.bench")
	return f != nil && f.Value.String() != ""
}

// noServer reports a missing server: a failure in CI, else one line.
func noServer(err error, code int) int {
	if os.Getenv("CI") != "" {
		fmt.Fprintf(os.Stderr, "FAIL: the tests on PostgreSQL cannot run: %v\n", err)
		return 1
	}
	if !errors.Is(err, ErrNoServer) {
		fmt.Fprintf(os.Stderr, "the tests on PostgreSQL were skipped: the server did not start: %v\n", err)
		return code
	}
	fmt.Fprintf(os.Stderr, "the tests on PostgreSQL were skipped: %v\n", err)
	return code
}

// startSecondRun starts the test binary again with its flags, its books on
// the server, and the tests in notThere left out. Its output is held until
// the returned wait, which gives its exit code, so that the two runs'
// lines do not mix.
func startSecondRun(server *Server, notThere map[string]string) (wait func() int) {
	args, skip := childFlags(os.Args[1:])
	if len(notThere) > 0 {
		names := make([]string, 0, len(notThere))
		for name := range notThere {
			names = append(names, regexp.QuoteMeta(name))
		}
		sort.Strings(names)
		skip = append(skip, "^("+strings.Join(names, "|")+")$")
	}
	if len(skip) > 0 {
		args = append(args, "-test.skip="+strings.Join(skip, "|"))
	}
	var out bytes.Buffer
	cmd := exec.Command(os.Args[0], args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.Env = append(os.Environ(), EngineVariable+"=postgres", ServerVariable+"="+server.URL)
	if err := cmd.Start(); err != nil {
		return func() int {
			fmt.Fprintf(os.Stderr, "FAIL: the tests on PostgreSQL did not run: %v\n", err)
			return 1
		}
	}
	return func() int {
		err := cmd.Wait()
		if len(notThere) > 0 {
			tellLeftOut(notThere)
		}
		os.Stdout.Write(out.Bytes())
		var exit *exec.ExitError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &exit):
			return exit.ExitCode()
		}
		fmt.Fprintf(os.Stderr, "FAIL: the tests on PostgreSQL did not run: %v\n", err)
		return 1
	}
}

// childFlags are the flags the second run gets: the first run's, without
// the files each run would write over (profiles, the test log), and with
// its -test.skip taken apart to be joined with the tests left out.
func childFlags(flags []string) (args, skip []string) {
	for i := 0; i < len(flags); i++ {
		f := flags[i]
		name, value, hasValue := strings.Cut(strings.TrimLeft(f, "-"), "=")
		switch {
		case name == "test.skip" && hasValue:
			skip = append(skip, value)
		case name == "test.skip" && i+1 < len(flags):
			skip = append(skip, flags[i+1])
			i++
		case strings.HasSuffix(name, "profile") || name == "test.testlogfile" || name == "test.trace" ||
			name == "test.outputdir" || strings.HasPrefix(name, "test.fuzz"):
			if !hasValue && i+1 < len(flags) && !strings.HasPrefix(flags[i+1], "-") {
				i++
			}
		default:
			args = append(args, f)
		}
	}
	return args, skip
}

// tellLeftOut says how many tests the run on PostgreSQL leaves out, and
// under -v which and why.
func tellLeftOut(notThere map[string]string) {
	fmt.Fprintf(os.Stderr, "on PostgreSQL: %d tests left out, each with its reason in the package's engine_skip_test.go (go test -v lists them)\n", len(notThere))
	if !testing.Verbose() {
		return
	}
	names := make([]string, 0, len(notThere))
	for name := range notThere {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(os.Stderr, "    %s: %s\n", name, notThere[name])
	}
}

// Standalone gives a test in a package that runs once a server of its own:
// the one TEND_TEST_POSTGRES names, or a throwaway one stopped when the
// test ends. Without either the test is skipped, saying how to run it; in
// CI that is a failure.
func Standalone(t *testing.T) *Server {
	t.Helper()
	server, err := Start()
	switch {
	case err == nil:
		t.Cleanup(func() { server.Stop() })
		return server
	case os.Getenv("CI") != "":
		t.Fatalf("no PostgreSQL server for the test: %v", err)
	case errors.Is(err, ErrNoServer):
		t.Skipf("skipped: %v", err)
	default:
		t.Skipf("skipped: the PostgreSQL server did not start: %v", err)
	}
	return nil
}
