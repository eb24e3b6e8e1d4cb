package ui

import (
	"context"
	"errors"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

// Options say how the board starts.
type Options struct {
	// Triage opens the re-engagement list rather than the board.
	Triage bool
	// DailyBackup takes the day's backup of the book once the board shows.
	DailyBackup bool
	// NewBook says that the book was made for this board.
	NewBook bool
}

// Run opens the interactive board on a book, or the re-engagement list
// over it, and returns when the user quits.
func Run(ctx context.Context, book *data.Book, opt Options) error {
	m, err := New(ctx, book)
	if err != nil {
		return failed(words.T("board.failed.open", words.V{"Reason": err}), err)
	}
	defer book.Announce("the board")()
	m.backgroundDelay = firstFrameTime
	m.prepareStart(ctx, book, opt)
	final, err := tea.NewProgram(m, tea.WithContext(ctx)).Run()
	if done, ok := final.(Model); ok {
		defer done.Close() // the watcher, which started in the program
	}
	if err != nil {
		if strings.Contains(err.Error(), "TTY") {
			return errors.New(words.T("board.failed.no-terminal"))
		}
		return failed(words.T("board.failed.stopped", words.V{"Reason": err}), err)
	}
	return nil
}

// prepareStart gathers what the first frame starts: the opening note and
// its expiry, the re-engagement list, the day's backup.
func (m *Model) prepareStart(ctx context.Context, book *data.Book, opt Options) {
	if note := openNote(book, opt); note != "" {
		m.start = tea.Batch(m.start, m.status.set(note, false))
	}
	if opt.Triage {
		m.start = tea.Batch(m.start, m.openTriage())
	}
	if opt.DailyBackup {
		m.start = tea.Batch(m.start, afterDelay(firstFrameTime, dailyBackupCmd(ctx, book)))
	}
}

// openNote says what opening the book did beside opening it.
func openNote(book *data.Book, opt Options) string {
	switch {
	case book.Recovered != "":
		return text.Clean(book.Recovered)
	case opt.NewBook:
		return words.T("board.status.new-book", words.V{"Path": text.Clean(book.Path())})
	}
	return ""
}

// firstFrameTime is how long the first frame takes to draw, at the most,
// on the large book.
const firstFrameTime = 150 * time.Millisecond
