// Package pgtest gives tests a PostgreSQL server to make throwaway
// databases on: the one TEND_TEST_POSTGRES names, or else a cluster of its
// own, made with Debian's server programs in a temporary folder for the
// run of one test binary and removed after it.
package pgtest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
)

// ServerVariable names the environment variable that gives the tests a
// server (a postgres:// URL of a role that may create databases).
const ServerVariable = "TEND_TEST_POSTGRES"

// superuser is the role a throwaway cluster is made with.
const superuser = "tend"

// Server is a PostgreSQL server the tests make their databases on.
type Server struct {
	// URL reaches the server's postgres database as a role that may
	// create databases.
	URL  string
	stop func() error
}

// ErrNoServer says that there is neither a server named in
// TEND_TEST_POSTGRES nor PostgreSQL's server programs to start one.
var ErrNoServer = errors.New("no PostgreSQL server: set " + ServerVariable +
	"=postgres://… or install PostgreSQL's server programs (apt-get install postgresql)")

// Start gives the server named in TEND_TEST_POSTGRES, or starts a
// throwaway one; ErrNoServer when neither can be had.
func Start() (*Server, error) {
	if u := os.Getenv(ServerVariable); u != "" {
		return &Server{URL: u, stop: func() error { return nil }}, nil
	}
	bin := serverPrograms()
	if bin == "" {
		return nil, ErrNoServer
	}
	return startCluster(bin)
}

// Stop stops a throwaway server and removes its folder; a server named
// in TEND_TEST_POSTGRES is left running.
func (s *Server) Stop() error { return s.stop() }

// serverPrograms is the folder of the newest installed PostgreSQL's
// server programs, "" when there is none.
func serverPrograms() string {
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(found, func(i, j int) bool { return majorOf(found[i]) < majorOf(found[j]) })
	if len(found) == 0 {
		return ""
	}
	return filepath.Dir(found[len(found)-1])
}

func majorOf(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

// startCluster makes a cluster in a temporary folder and starts it,
// listening only on a Unix socket in that folder. initdb refuses to run
// as root, so a root test run runs the server as a user of its own.
func startCluster(bin string) (*Server, error) {
	dir, err := os.MkdirTemp("", "tend-postgres-")
	if err != nil {
		return nil, err
	}
	owner, err := serverUser()
	if err == nil && owner != nil {
		err = chown(dir, owner)
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	data := filepath.Join(dir, "data")
	run := func(program string, args ...string) error {
		return runAs(owner, filepath.Join(bin, program), args...)
	}
	if err := run("initdb", "-D", data, "-U", superuser, "--auth=trust", "-E", "UTF8", "--locale=C"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// No TCP, no durability (a test server's data is thrown away), and a
	// socket any local user may reach: the tests run as root.
	options := "-c listen_addresses='' -k " + dir + " -c unix_socket_permissions=0777" +
		" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
	if err := run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "server.log"), "-o", options, "-w", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w\n%s", err, log)
	}
	stop := func() error {
		err := run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
		return errors.Join(err, os.RemoveAll(dir))
	}
	u := url.URL{Scheme: "postgres", User: url.User(superuser), Path: "/postgres", RawQuery: url.Values{"host": {dir}}.Encode()}
	return &Server{URL: u.String(), stop: stop}, nil
}

// serverUser is the user a root test run runs the server as: Debian's
// postgres user, or nobody; nil when the tests run as another user.
func serverUser() (*user.User, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	for _, name := range []string{"postgres", "nobody"} {
		if u, err := user.Lookup(name); err == nil {
			return u, nil
		}
	}
	return nil, errors.New("the tests run as root and there is no postgres or nobody user to run a PostgreSQL server as")
}

func chown(dir string, u *user.User) error {
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return os.Chown(dir, uid, gid)
}

// runAs runs a server program, as the user given (through runuser) when
// there is one.
func runAs(u *user.User, program string, args ...string) error {
	cmd := exec.Command(program, args...)
	if u != nil {
		cmd = exec.Command("runuser", append([]string{"-u", u.Username, "--", program}, args...)...)
	}
	// The server's user may not enter the test's folder.
	cmd.Dir = os.TempDir()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w\n%s", filepath.Base(program), err, out.Bytes())
	}
	return nil
}
