package data

import (
	"iter"
	"sync"
)

// Rows are read ahead of the writer in chunks, so that handing them over
// costs little against reading them, and a few chunks at most wait. The
// writer is the slower of the two (it stores what the reader makes in
// about twice the time), so two chunks waiting keep it busy; eight held
// some 2,000 rows more in memory for nothing.
const (
	rowsPerChunk = 256
	chunksAhead  = 2
)

// readAhead splits the rows of a file and turns them into cells on a
// goroutine of its own, with what r.read makes of each row that is not
// already bad, while the import stores the rows before. Reading the cells
// of a large file takes about as long as SQLite takes to store them, and
// the two run on two cores. read must only work on the cells it is given:
// the writer owns the book, the transaction and the index of customers. A
// row the file's quoting makes unreadable comes as cells with its problem.
//
// stop ends the reading early, when the import fails, and waits for the
// goroutine to end.
func (r *importRun) readAhead(rows iter.Seq2[tableRow, *RowError], cols *columns) (chunks <-chan []*cells, stop func()) {
	out := make(chan []*cells, chunksAhead)
	done := make(chan struct{})
	send := func(chunk []*cells) bool {
		select {
		case out <- chunk:
			return true
		case <-done:
			return false
		}
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(out)
		chunk := make([]*cells, 0, rowsPerChunk)
		for row, unreadable := range rows {
			var c *cells
			if unreadable != nil {
				c = &cells{line: unreadable.Line, errs: []RowError{*unreadable}}
			} else {
				c = r.readCells(row, cols)
			}
			if chunk = append(chunk, c); len(chunk) < rowsPerChunk {
				continue
			}
			if !send(chunk) {
				return
			}
			chunk = make([]*cells, 0, rowsPerChunk)
		}
		if len(chunk) > 0 {
			send(chunk)
		}
	})
	var once sync.Once
	return out, func() {
		once.Do(func() { close(done) })
		wg.Wait()
	}
}

// readCells reads one row: its width, then its fields, where the entity
// reads them ahead.
func (r *importRun) readCells(row tableRow, cols *columns) *cells {
	c := &cells{line: row.line, values: row.cells, cols: cols, now: r.now}
	c.checkWidth()
	if c.checkText(); !c.bad() && r.read != nil {
		r.read(c)
	}
	return c
}
