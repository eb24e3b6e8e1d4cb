package data

import (
	"bytes"
	"testing"
	"testing/iotest"
)

func TestCountInCountsEachMatchOnceAcrossChunks(t *testing.T) {
	for _, tc := range []struct {
		text, needle string
		want         int
	}{
		{"aaaa", "aa", 2}, {"aaa", "aa", 1}, {"Ann Joanna ANN", "ann", 3},
		{"MÜLLER müller", "müller", 2}, {"\u212aarl", "karl", 1}, {"", "x", 0},
	} {
		for chunk := 1; chunk <= len(tc.text)+1; chunk++ {
			n, err := countIn(bytes.NewReader([]byte(tc.text)), []byte(tc.needle), chunk)
			if n != tc.want || err != nil {
				t.Errorf("%q in %q by %d: %d, %v; want %d", tc.needle, tc.text, chunk, n, err, tc.want)
			}
		}
	}
}

func FuzzCountIn(f *testing.F) {
	f.Add([]byte("snoozed_until Zed zed"), "zed", 3)
	f.Add([]byte("\xc3\xc3MÜLLER\xe2\x28\xf0\x9f"), "müller", 2)
	f.Add([]byte("a\u212a\u212ak"), "kk", 1)
	f.Fuzz(func(t *testing.T, text []byte, needle string, chunk int) {
		chunk = 1 + abs(chunk)%64
		lower := bytes.ToLower([]byte(needle))
		if len(lower) == 0 {
			return
		}
		want := bytes.Count(bytes.ToLower(text), lower)
		n, err := countIn(iotest.HalfReader(bytes.NewReader(text)), lower, chunk)
		if n != want || err != nil {
			t.Errorf("%q in %q by %d: %d, %v; want %d", lower, text, chunk, n, err, want)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
