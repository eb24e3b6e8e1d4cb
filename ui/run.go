package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
)

// Options say how the board starts.
type Options struct {
	// Triage opens the re-engagement list rather than the board.
	Triage bool
	// DailyBackup takes the day's backup of the book once the board shows.
	DailyBackup bool
}

// Run opens the interactive board on a book, or the re-engagement list
// over it, and returns when the user quits.
func Run(ctx context.Context, book *data.Book, opt Options) error {
	m, err := New(ctx, book)
	if err != nil {
		return fmt.Errorf("open the board: %w", err)
	}
	defer m.Close()
	m.backgroundDelay = firstFrameTime
	if opt.Triage {
		m.start = m.openTriage()
	}
	if opt.DailyBackup {
		m.start = tea.Batch(m.start, afterDelay(firstFrameTime, dailyBackupCmd(ctx, book)))
	}
	if _, err := tea.NewProgram(m, tea.WithContext(ctx)).Run(); err != nil {
		if strings.Contains(err.Error(), "TTY") {
			return errors.New("the board needs a terminal and none is attached; commands such as tend list work without one")
		}
		return fmt.Errorf("the board stopped: %w", err)
	}
	return nil
}

// firstFrameTime is how long the first frame takes to draw, at the most,
// on the large book.
const firstFrameTime = 150 * time.Millisecond
