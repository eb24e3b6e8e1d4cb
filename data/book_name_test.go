package data

import "testing"

// A book's short name is its file's, or its database's on a server: never
// the server's options, its socket's folder or a password.
func TestShortNameIsTheFileOrTheServersDatabase(t *testing.T) {
	books := []struct{ location, name string }{
		{"/home/rep/tend.db", "tend.db"},
		{"postgres://rep:s3cret@db.example:5432/book?sslmode=require", "book"},
		{"postgres://tend@/team_book?host=/var/run/postgresql", "team_book"},
		{"postgresql://db.example/book?password=s3cret", "book"},
		{"postgres://rep:s3cret@db.example", "postgres://rep:xxxxx@db.example"},
	}
	for _, book := range books {
		if got := ShortName(book.location); got != book.name {
			t.Errorf("the short name of %s is %q, want %q", book.location, got, book.name)
		}
	}
}
