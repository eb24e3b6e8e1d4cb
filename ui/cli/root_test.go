package cli

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/spf13/cobra"
)

func TestEachCommandIsMadeByItsName(t *testing.T) {
	for _, c := range commandMakers {
		if got := c.make(&bookFlags{}).Name(); got != c.name {
			t.Errorf("the maker named %s makes %s", c.name, got)
		}
	}
	if got, want := len(newRootCmd(Process{}).Commands()), len(commandMakers); got != want {
		t.Errorf("the whole tree holds %d commands, the makers %d", got, want)
	}
}

func TestOnlyACommandNamedPlainlyIsMadeAlone(t *testing.T) {
	for args, want := range map[string]string{
		"search x": "search", "--db b.db list": "list", "--db=b.db --demo --lang de team init": "team",
		"--lang=de risk --json": "risk", "": "", "help search": "", "--help": "", "-h list": "", "serch x": "",
		"--version": "", "--demo=false list": "", "--": "", "-- list": "",
	} {
		if got := commandNamed(splitArgs(args)); got != want {
			t.Errorf("%q names %q, want %q", args, got, want)
		}
	}
}

// TestACommandMadeAloneSaysWhatItSaysInTheWholeTree runs command lines
// with only their command made and with the whole tree, and compares
// what each writes: help, the mistakes of flags and arguments.
func TestACommandMadeAloneSaysWhatItSaysInTheWholeTree(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	for _, line := range []string{"search --help", "list -h", "team init --help", "phases --help", "reasons --help",
		"settings --help", "search", "add", "list --nope", "move 1", "show 1", "team --help", "copy --help",
		"list --limit x", "risk --json --csv"} {
		args := append([]string{"--db", db}, splitArgs(line)...)
		alone, whole := runTree(t, newRootCmdFor(Process{}, args), args), runTree(t, newRootCmd(Process{}), args)
		if alone != whole {
			t.Errorf("%s says\n%s\nalone, and\n%s\nin the whole tree", line, alone, whole)
		}
	}
}

func splitArgs(line string) []string {
	var args []string
	for _, f := range bytes.Fields([]byte(line)) {
		args = append(args, string(f))
	}
	return args
}

// runTree runs root on args and gives what it wrote and its error.
func runTree(t *testing.T, root *cobra.Command, args []string) string {
	t.Helper()
	var out, said bytes.Buffer
	root = withNegativeArgs(root, args)
	root.SetOut(&out)
	root.SetErr(&out)
	err := execute(context.Background(), root, "test", &said)
	return fmt.Sprintf("%s\n%s\n%v", out.String(), said.String(), err)
}
