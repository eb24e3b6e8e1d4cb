// Package data is tend's customer book: one SQLite file with its schema,
// migrations, queries, imports and exports. It speaks in lifecycle types; no
// SQL lives anywhere else.
package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver

	"tend/lifecycle"
)

// applicationID marks a SQLite file as a tend book ("TEND").
const applicationID = 0x54454E44

// busyTimeout is how long a write waits for another process's write to end.
const busyTimeout = 5 * time.Second

// Book is an open customer book. All writes go through one connection, each
// in one transaction; reads use a small pool of their own so that they never
// wait for a write (the file is in WAL mode).
type Book struct {
	path string
	// rehearsing rolls every write back once it has run whole: a dry
	// run, checked as the write itself would be (see Rehearse).
	rehearsing bool
	engine     engine
	writer     *sql.DB
	reader     *sql.DB
	// Now is the clock; tests set it to replay a fixed day.
	Now func() time.Time
	// Who names the user whose changes these are, in the audit trail and
	// on each contact, purchase and move; "" records them as by nobody
	// known. The program decides it once as it opens the book; read it
	// through User.
	Who string
	// WhoElse, if set, names the user where Who does not, asked once, the
	// first time the user is needed: the system may take its time to say
	// who is logged in, which a command that only reads never asks.
	WhoElse func() string
	whoOnce sync.Once
	// WholeReading, if set, is called as a reading of the whole book (the
	// board's scoring, the insights) begins, and what it returns as the
	// reading ends: the process paces itself for such readings (main has
	// the garbage collector run less often). Readings may overlap.
	WholeReading func() (end func())
	// Upgraded names the copy taken before an older book was upgraded, if any.
	Upgraded string
	// Created tells that Open made the file, so it holds nothing to back up.
	Created bool
	// Recovered says, in a sentence, what Open found of a restore that was
	// cut short, "" when there was none.
	Recovered string
	// role is the role the server knows a server book's connections as.
	role     string
	readOnly bool
	// claimsWrites: each write records its id in the book (a server book
	// at this tend's schema), so that a write tried again after its
	// connection broke is applied once.
	claimsWrites bool
	// afterCommit, if set, is called after each write's commit and its
	// error taken as the commit's: tests lose the commit's answer with it.
	afterCommit    func() error
	upgradeInPlace bool
	upgrading      UpgradeProgress
}

// wholeReading starts the process's pace for a reading of the whole book
// and returns what ends it.
func (b *Book) wholeReading() (end func()) {
	if b.WholeReading == nil {
		return func() {}
	}
	return b.WholeReading()
}

// ReadOnly tells that the book was opened for reading only: every change
// is refused with ErrReadOnly.
func (b *Book) ReadOnly() bool { return b.readOnly }

// Path returns the file the book lives in, or for a book on a server its
// URL without the password.
func (b *Book) Path() string { return b.path }

// Open opens the book at path, creating it (mode 0600) when it does not
// exist, and upgrading it in place when an older tend made it. A book file
// this user may not write is opened for reading only.
func Open(ctx context.Context, path string) (*Book, error) {
	return openAt(ctx, path, true, nil)
}

// OpenExisting opens the book at path as Open does, but never creates one:
// a missing book is a *NoBookError, so that a typing error in a path is
// not taken for an empty book.
func OpenExisting(ctx context.Context, path string) (*Book, error) {
	return openAt(ctx, path, false, nil)
}

// OpenShowing opens the book at path as Open (mayCreate) or OpenExisting
// does, and tells progress, as it goes, what the upgrade of an older book
// does: an upgrade of a large book takes a while.
func OpenShowing(ctx context.Context, path string, mayCreate bool, progress UpgradeProgress) (*Book, error) {
	return openAt(ctx, path, mayCreate, progress)
}

// OpenForAChange opens the book at path as OpenShowing does, for a command
// that makes one change and ends: on a server its reads and its write go
// over one connection, where a reader's and the writer's were two
// backends to start, each a good part of the command's time. Its reads
// are not guarded against writing, as a reader's are. A file book opens as
// OpenShowing opens it.
func OpenForAChange(ctx context.Context, path string, mayCreate bool, progress UpgradeProgress) (*Book, error) {
	if IsServerBook(path) {
		return openServer(ctx, path, mayCreate, false, true)
	}
	return openAt(ctx, path, mayCreate, progress)
}

// NoBookError says that there is no book at a path.
type NoBookError struct{ Path string }

func (e *NoBookError) Error() string {
	return fmt.Sprintf("there is no book at %s", e.Path)
}

func openAt(ctx context.Context, path string, mayCreate bool, progress UpgradeProgress) (*Book, error) {
	if IsServerBook(path) {
		return openServer(ctx, path, mayCreate, false, false)
	}
	path, err := followLink(path)
	if err != nil {
		return nil, err
	}
	if !mayCreate && !fileExists(path) {
		return nil, &NoBookError{Path: path}
	}
	created, err := prepareFile(path)
	if err != nil {
		return nil, err
	}
	return open(ctx, path, openOptions{created: created, readOnly: !writable(path), upgrading: progress})
}

// OpenReadOnly opens the book at path for reading only, whoever may write
// the file: every change is refused with ErrReadOnly.
func OpenReadOnly(ctx context.Context, path string) (*Book, error) {
	if IsServerBook(path) {
		return openServer(ctx, path, false, true, false)
	}
	path, err := followLink(path)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, &NoBookError{Path: path}
	} else if err != nil {
		return nil, lifecycle.Problemf(CodeOpenBook, lifecycle.Values{"Path": path}, "cannot open book %s: %w", path, err)
	}
	if _, err := prepareFile(path); err != nil {
		return nil, err
	}
	return open(ctx, path, openOptions{readOnly: true})
}

// openOptions say how open treats the file.
type openOptions struct {
	created, readOnly bool
	// upgradeInPlace upgrades an older book without a copy first: for a
	// copy that is itself the spare (a backup being restored).
	upgradeInPlace bool
	// upgrading is told what an upgrade does as it goes; nil for nothing.
	upgrading UpgradeProgress
}

func open(ctx context.Context, path string, opts openOptions) (*Book, error) {
	b := &Book{path: path, engine: sqliteEngine{}, Now: time.Now, Created: opts.created, readOnly: opts.readOnly,
		upgradeInPlace: opts.upgradeInPlace, upgrading: opts.upgrading}
	// The copy of a backup being restored is stamped by the restore.
	copyOfBackup := opts.upgradeInPlace
	var fileID string
	var err error
	// A log with content is checked before SQLite opens the book, which
	// would read it; without one the reader checks the file (setUpFile).
	guarded := opts.created || copyOfBackup
	if !guarded && hasLog(path) {
		if fileID, err = guardLog(ctx, path, opts.readOnly); err != nil {
			return nil, err
		}
		guarded = true
	}
	if b.writer, err = sql.Open("sqlite", b.dsn(false)); err != nil {
		return nil, lifecycle.Problemf(CodeOpen, lifecycle.Values{"Path": path}, "open %s: %w", path, err)
	}
	b.writer.SetMaxOpenConns(1)
	if b.reader, err = sql.Open("sqlite", b.dsn(true)); err != nil {
		b.writer.Close()
		return nil, lifecycle.Problemf(CodeOpen, lifecycle.Values{"Path": path}, "open %s: %w", path, err)
	}
	b.reader.SetMaxOpenConns(4)
	if err := b.setUpFile(ctx, opts, fileID, guarded); err != nil {
		b.Close()
		if opts.created {
			removeBook(path)
		}
		return nil, err
	}
	return b, nil
}

// setUpFile readies the book's file once its connections are there:
// the log guarded if it was not yet, the book upgraded, given its
// identity if it has none, and a restore cut short finished.
func (b *Book) setUpFile(ctx context.Context, opts openOptions, fileID string, guarded bool) error {
	var err error
	if !guarded {
		if fileID, err = b.guardWithoutLog(ctx); err != nil {
			return err
		}
	}
	if err := b.engine.setUp(ctx, b, opts.created); err != nil {
		return err
	}
	if fileID == "" && !opts.upgradeInPlace { // a restore stamps the copy it puts in place
		if err := b.ensureIdentity(ctx); err != nil {
			return err
		}
	}
	if !opts.created {
		b.Recovered = b.finishRestores(ctx)
	}
	return nil
}

// followLink gives the file a link names, so that the book's log, backups
// and copies lie beside the file itself, and a restore replaces the file,
// not the link. A path that is no link is returned as it is.
func followLink(path string) (string, error) {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		return path, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", lifecycle.Problemf(CodeLinkBroken, lifecycle.Values{"Path": path},
			"%s is a link to a file that does not exist", path)
	}
	return target, nil
}

// Close releases the book's connections.
func (b *Book) Close() error {
	if b.reader == b.writer {
		return b.writer.Close()
	}
	return errors.Join(b.reader.Close(), b.writer.Close())
}

// dsn is the connection string of the book's readers (readOnly) or writer;
// a read-only book opens both without write access to the file.
func (b *Book) dsn(readOnly bool) string {
	if !b.readOnly {
		return dsn(b.path, readOnly)
	}
	return dsn(b.path, true) + "&mode=ro"
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+fmt.Sprint(busyTimeout.Milliseconds())+")")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		// Writes start as BEGIN IMMEDIATE so that two writers queue on the
		// busy timeout instead of failing on a lock upgrade.
		q.Set("_txlock", "immediate")
	}
	return "file:" + escapePath(path) + "?" + q.Encode()
}

// escapePath writes a file path as the path of a SQLite file: URI.
func escapePath(path string) string {
	return (&url.URL{Path: path}).EscapedPath()
}

var sqliteHeader = []byte("SQLite format 3\x00")

// prepareFile makes sure path can hold a book: it creates an empty file with
// mode 0600 when there is none, and refuses folders and files that are not
// SQLite databases, so that such a file is never overwritten.
func prepareFile(path string) (created bool, err error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist) && (fileExists(path+"-wal") || fileExists(path+logIDSuffix)):
		// The book was moved or deleted while a tend had it open: a new
		// book here would take its log for its own and drop it.
		return false, lifecycle.Problemf(CodeLogWithoutBook, lifecycle.Values{"Path": path},
			"there is no book at %s, but its log %s-wal is there: the book was moved or deleted "+
				"while a tend had it open; put it back, or move %s-wal and %s-shm aside to start a new book", path, path, path, path)
	case errors.Is(err, os.ErrNotExist):
		dir := filepath.Dir(path)
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return false, lifecycle.Problemf(CodeNoFolder, lifecycle.Values{"Path": path, "Folder": dir},
				"cannot create book %s: folder %s does not exist", path, dir)
		}
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return false, lifecycle.Problemf(CodeCreateBook, lifecycle.Values{"Path": path},
				"cannot create book %s: %w", path, err)
		}
		return true, f.Close()
	case err != nil:
		return false, lifecycle.Problemf(CodeOpenBook, lifecycle.Values{"Path": path}, "cannot open book %s: %w", path, err)
	case info.IsDir():
		return false, lifecycle.Problemf(CodeFolder, lifecycle.Values{"Path": path}, "%s is a folder, not a book file", path)
	case !info.Mode().IsRegular():
		// A device, a pipe or a socket: SQLite would put its journal
		// beside it (/dev/null-journal) before failing.
		return false, lifecycle.Problemf(CodeNotRegular, lifecycle.Values{"Path": path},
			"%s is not a regular file, so it cannot hold a book", path)
	case info.Size() == 0:
		return false, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, lifecycle.Problemf(CodeOpenBook, lifecycle.Values{"Path": path}, "cannot open book %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteHeader) {
		return false, &NotBookError{Path: path, NotSQLite: true}
	}
	return false, nil
}

// IsDatabase reports whether path is an existing SQLite database (a book,
// its backup, or another program's), which no export may overwrite.
func IsDatabase(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	_, err = io.ReadFull(f, head)
	return err == nil && bytes.Equal(head, sqliteHeader)
}

// removeBook removes a book file, with the files SQLite and tend keep
// beside it.
func removeBook(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal", logIDSuffix} {
		os.Remove(path + suffix)
	}
}
