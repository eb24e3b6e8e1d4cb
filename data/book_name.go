package data

import (
	"net/url"
	"path/filepath"
	"strings"
)

// ShortName is how a book is named where room is short, as on the board's
// last line: a file's name, or a server book's database (the last part of
// a server's URL is its options, or the folder of its socket).
func ShortName(location string) string {
	if !IsServerBook(location) {
		return filepath.Base(location)
	}
	u, err := url.Parse(location)
	if err != nil || strings.Trim(u.Path, "/") == "" {
		return MaskPassword(location)
	}
	return strings.Trim(u.Path, "/")
}
