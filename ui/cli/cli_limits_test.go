package cli

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestCommandsRefuseValuesOverTheirLimits(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Anna")
	long, tag := strings.Repeat("x", 501), strings.Repeat("t", 101)
	summary := strings.Repeat("s", 64<<10+1)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"add", long}, "NAME: the name has 501 characters; it may have 500 at most"},
		{[]string{"add", "Ben", "--company", long}, "--company: the company has 501 characters"},
		{[]string{"add", "Ben", "--tag", tag}, "--tag: tag \"tttttttttttttttttttt…\": the tag has 101 characters"},
		{[]string{"edit", "Anna", "--name", long}, "--name: the name has 501 characters"},
		{[]string{"edit", "Anna", "--owner", long}, "--owner: the owner has 501 characters"},
		{[]string{"edit", "Anna", "--phone", long}, "--phone: the phone number has 501 characters"},
		{[]string{"log", "Anna", "--kind", "call", "--summary", summary}, "--summary: the summary has 65,537 bytes; it may have 65,536 at most"},
		{[]string{"buy", "Anna", "10", "--note", summary}, "--note: the note has 65,537 bytes"},
	} {
		_, _, err := execTend(t, db, tc.args...)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("tend %s…: err = %v, want %q", tc.args[0], err, tc.want)
		}
	}
	if s := showJSONOf(t, db, "Anna"); s.Name != "Anna" || s.Phone != "" {
		t.Fatalf("a refused edit changed the customer: %+v", s)
	}
	tags := []string{"add", "Cara"}
	for i := range 201 {
		tags = append(tags, "--tag", "t"+strings.Repeat("x", i))
	}
	if _, _, err := execTend(t, db, tags...); err == nil || !strings.HasPrefix(err.Error(), "--tag: the customer has 201 tags; it may have 200 at most") {
		t.Errorf("201 tags: %v", err)
	}
}

func TestEditKeepsAStoredValueOverItsLimit(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Anna")
	long := strings.Repeat("n", 2000)
	mustSQL(t, db, `UPDATE customers SET company = '`+long+`' WHERE id = 1`)
	mustTend(t, db, "edit", "1", "--phone", "+49 30 1234")
	if s := showJSONOf(t, db, "1"); s.Company != long || s.Phone != "+49 30 1234" {
		t.Fatalf("company of %d bytes, phone %q", len(s.Company), s.Phone)
	}
	if _, _, err := execTend(t, db, "edit", "1", "--company", long+"!"); err == nil || !strings.HasPrefix(err.Error(), "--company: the company has 2,001 characters") {
		t.Fatalf("a changed company over the limit: %v", err)
	}
	mustTend(t, db, "edit", "1", "--company", "Acme")
}

func TestBinaryRefusesDevZeroAtOnce(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	db := emptyBook(t)
	for _, file := range []string{"/dev/zero", "-"} {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		cmd := exec.CommandContext(ctx, tendBinary(t), "--db", db, "import", "customers", file)
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		if file == "-" {
			zero, err := os.Open("/dev/zero")
			if err != nil {
				t.Fatal(err)
			}
			defer zero.Close()
			cmd.Stdin = struct{ *os.File }{zero} // a pipe, not a file
		}
		var errOut strings.Builder
		cmd.Stderr = &errOut
		err := cmd.Run()
		late := ctx.Err() != nil
		cancel()
		if late {
			t.Fatalf("import %s did not end", file)
		}
		name := map[string]string{"/dev/zero": "/dev/zero", "-": "stdin"}[file]
		if err == nil || errOut.String() != "tend: "+name+": this is not a text file; tend imports CSV\n" {
			t.Errorf("import %s: %v, stderr %q", file, err, errOut.String())
		}
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(db), ".tend-import-*")); len(left) > 0 {
		t.Errorf("left behind %v", left)
	}
}

func TestBinaryImportNamesTheRowOfABadCellOrSum(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "book.db")
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	nul := write("nul.csv", "name,company\nAnna,Acme\nBen\x00,Acme\n")
	_, stderr, code := runBinary(t, nil, "--db", db, "import", "customers", nul)
	if code == 0 || !strings.Contains(stderr, "\n"+nul+`:3: column "name": holds the control character U+0000 at character 4`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	var rows strings.Builder
	rows.WriteString("customer,date,amount\n")
	for range 100_000 {
		rows.WriteString("Anna,2026-01-05,1000000000000\n")
	}
	sums := write("sums.csv", rows.String())
	_, stderr, code = runBinary(t, nil, "--db", db, "import", "purchases", sums, "--create-missing")
	if code == 0 || !strings.Contains(stderr, "\n"+sums+`:92235: column "amount": brings what the customer spent beyond`) {
		t.Errorf("exit %d, stderr %.400q", code, stderr)
	}
}
