package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"tend/data"
	"tend/ui/calendar"
	"tend/ui/words"
)

// feedTokenFile holds the token --serve serves under, beside the person's
// settings file and readable by them alone, so that a calendar's
// subscription still works after tend agenda --serve starts again.
const feedTokenFile = "calendar-token"

// feedToken is the kept token, or a new one (then kept) when there is
// none, the file is damaged, or renew asks for one: a new token ends every
// subscription to the old address.
func feedToken(renew bool) (string, error) {
	prefs, err := data.PrefsPath()
	if err != nil {
		return "", err
	}
	path := filepath.Join(filepath.Dir(prefs), feedTokenFile)
	if kept, err := os.ReadFile(path); err == nil && !renew && calendar.IsToken(strings.TrimSpace(string(kept))) {
		return strings.TrimSpace(string(kept)), nil
	}
	token, err := calendar.NewToken()
	if err != nil {
		return "", err
	}
	err = os.MkdirAll(filepath.Dir(path), 0o700)
	if err == nil {
		err = os.WriteFile(path, []byte(token+"\n"), 0o600)
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", words.T("cli.calendar.cannot-keep-token", words.V{"File": path}), fileTrouble(errors.Unwrap(err)))
	}
	return token, nil
}
