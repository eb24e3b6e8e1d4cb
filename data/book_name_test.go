package data

import "testing"

func TestShortNameIsTheFileOrTheServersDatabase(t *testing.T) {
	for location, want := range map[string]string{
		"/home/rep/tend.db": "tend.db",
		"postgres://rep:s3cret@db.example:5432/book?sslmode=require": "book",
		"postgres://tend@/team_book?host=/var/run/postgresql":        "team_book",
		"postgresql://db.example/book?password=s3cret":               "book",
		"postgres://rep:s3cret@db.example":                           "postgres://rep:xxxxx@db.example",
	} {
		if got := ShortName(location); got != want {
			t.Errorf("ShortName(%q) = %q, want %q", location, got, want)
		}
	}
}
