package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"tend/data"
)

// Run opens the interactive board on a book, or the re-engagement list
// over it, and returns when the user quits.
func Run(ctx context.Context, book *data.Book, triage bool) error {
	m, err := New(ctx, book)
	if err != nil {
		return fmt.Errorf("open the board: %w", err)
	}
	defer m.Close()
	if triage {
		m.start = m.openTriage()
	}
	if _, err := tea.NewProgram(m, tea.WithContext(ctx)).Run(); err != nil {
		if strings.Contains(err.Error(), "TTY") {
			return errors.New("the board needs a terminal and none is attached; commands such as tend list work without one")
		}
		return fmt.Errorf("the board stopped: %w", err)
	}
	return nil
}
