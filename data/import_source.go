package data

import (
	"bufio"
	"context"
	"io"
	"os"

	"tend/lifecycle"
)

// rereadable lets an import read its file twice, without holding it: a
// file that can seek is read again from where it started; anything else
// (standard input, a pipe) is copied aside while it is read the first time.
// The copy is a file in the book's folder, which only its user may read,
// and its name is removed at once where the system allows, so that a
// crash leaves no copy of the customers behind. done removes it.
func rereadable(src io.Reader, dir string) (first io.Reader, again func() (io.Reader, error), done func(), err error) {
	if s, ok := src.(io.Seeker); ok {
		if at, err := s.Seek(0, io.SeekCurrent); err == nil {
			return src, func() (io.Reader, error) {
				_, err := s.Seek(at, io.SeekStart)
				return src, err
			}, func() {}, nil
		}
	}
	spool, err := os.CreateTemp(dir, ".tend-import-*")
	if err != nil {
		return nil, nil, nil, lifecycle.Problemf(CodeMakeRoom, nil, "make room to read the file: %w", err)
	}
	os.Remove(spool.Name()) // fails on Windows, where done removes it
	again = func() (io.Reader, error) {
		_, err := spool.Seek(0, io.SeekStart)
		return spool, err
	}
	done = func() {
		spool.Close()
		os.Remove(spool.Name())
	}
	return io.TeeReader(src, spool), again, done, nil
}

// readImport reads the file as a table, and which column holds which
// field: a vCard file (as opt.Format says, else as its start does) as a
// table of cards, any other as CSV.
func (b *Book) readImport(ctx context.Context, what Entity, first io.Reader, again func() (io.Reader, error),
	opt ImportOptions, report *ImportReport) (*table, *columns, error) {
	if opt.Format == JSON {
		return nil, nil, errJSON
	}
	in := bufio.NewReaderSize(first, headBytes)
	head, _ := in.Peek(headBytes) // what there is of it
	if opt.Format == VCard || opt.Format == "" && looksLikeVCard(head) {
		if what != Customers {
			return nil, nil, errVCardOnlyCustomers
		}
		uids, err := b.customerUIDs(ctx)
		if err != nil {
			return nil, nil, err
		}
		t, err := readVCards(in, again, uids)
		return t, newVCardColumns(), err
	}
	t, err := readTable(in, again)
	if err != nil {
		return nil, nil, err
	}
	cols, err := matchFile(what, t.header, opt, report)
	return t, cols, err
}
