package ui

import (
	"context"
	"errors"
	"path/filepath"

	tea "charm.land/bubbletea/v2"

	"tend/data"
)

// readOnlyBanner stands in the title line while the book is read-only, so
// that a refused change comes as no surprise.
const readOnlyBanner = "read-only: changes are off"

// backupMsg says how the day's backup went.
type backupMsg struct {
	text   string
	failed bool
}

// dailyBackupCmd takes the day's backup off the Update loop, so that the
// copy of a large book never holds up a frame.
func dailyBackupCmd(ctx context.Context, b *data.Book) tea.Cmd {
	return func() tea.Msg {
		path, err := b.DailyBackup(ctx)
		_, pruning := errors.AsType[data.PruneError](err)
		switch {
		case pruning:
			// The backup itself may well be taken; an old copy stayed.
			return backupMsg{text: "Old copies of the book were not kept in check: " + errorText(errors.Unwrap(err)), failed: true}
		case err != nil:
			return backupMsg{text: "The day's backup was not taken: " + errorText(err), failed: true}
		case path == "":
			return nil
		}
		return backupMsg{text: "Took the day's backup: " + filepath.Join("backups", filepath.Base(path))}
	}
}
