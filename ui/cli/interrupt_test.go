package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCtrlCStopsACommandInWords interrupts a large demo fill and a large
// import the way ctrl+c does: each says in one line that it was
// interrupted, exits with 130 as a shell expects, and leaves the book as
// it was.
func TestCtrlCStopsACommandInWords(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "customers.csv")
	var rows bytes.Buffer
	rows.WriteString("name;email;phase\n")
	for i := range 200_000 {
		fmt.Fprintf(&rows, "Kunde %d;kunde%d@example.de;retention\n", i, i)
	}
	if err := os.WriteFile(file, rows.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"demo", "--customers", "100000"},
		{"import", "customers", file},
	} {
		t.Run(args[0], func(t *testing.T) {
			db := tempBook(t)
			if _, errOut, code := runBinary(t, nil, "--db", db, "add", "Ada"); code != 0 {
				t.Fatalf("add: %s", errOut)
			}
			if args[0] == "demo" {
				db = emptyBook(t) // a demo wants an empty book
			}
			errOut, code := interruptBinary(t, time.Second, append([]string{"--db", db}, args...)...)
			want := "tend: interrupted before it was done; nothing half-written was stored\n"
			if code != 130 || errOut != want {
				t.Errorf("tend %v stopped by ctrl+c: exit %d, %q; want 130, %q", args, code, errOut, want)
			}
			out, errOut, _ := runBinary(t, nil, "--db", db, "list", "--csv")
			if lines := strings.Count(out, "\n"); args[0] == "demo" && lines != 1 || args[0] == "import" && lines != 2 {
				t.Errorf("after the interrupted %s the book lists %d lines: %s%s", args[0], lines, out, errOut)
			}
		})
	}
}

// interruptBinary starts tend, sends it SIGINT after a while and returns
// its stderr and exit code.
func interruptBinary(t *testing.T, after time.Duration, args ...string) (string, int) {
	t.Helper()
	return interruptBinaryWhen(t, func() { time.Sleep(after) }, args...)
}

// interruptBinaryWhen starts tend, sends it SIGINT once ready returns and
// returns its stderr and exit code.
func interruptBinaryWhen(t *testing.T, ready func(), args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(tendBinary(t), args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	var errOut strings.Builder
	cmd.Stderr = &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		ready()
		cmd.Process.Signal(os.Interrupt)
	}()
	err := cmd.Wait()
	code := 0
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	}
	return errOut.String(), code
}
