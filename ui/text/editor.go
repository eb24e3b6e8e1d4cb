package text

import (
	"os"
	"strings"
)

// Editor is the command that edits a text: $VISUAL, else $EDITOR, else vi,
// split into the program and its arguments as a shell would at spaces.
func Editor() []string {
	for _, name := range []string{"VISUAL", "EDITOR"} {
		if fields := strings.Fields(os.Getenv(name)); len(fields) > 0 {
			return fields
		}
	}
	return []string{"vi"}
}
