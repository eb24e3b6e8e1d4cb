package data

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"
)

// holdsChunk is how much of a file is read at a time, so that a large
// book is searched without reading it whole into memory.
const holdsChunk = 1 << 20

// FilesHold tells whether any of the files holds the text, in any case,
// byte by byte: what a person reading the raw file would find. A file that
// is not there holds nothing.
func FilesHold(text string, paths ...string) (bool, error) {
	n, err := CountInFiles(text, paths...)
	return n > 0, err
}

// CountInFiles counts the times the files hold the text, in any case,
// byte by byte, without counting one stretch of bytes twice. A file that
// is not there holds nothing.
func CountInFiles(text string, paths ...string) (int, error) {
	needle := bytes.ToLower([]byte(text))
	var total int
	for _, path := range paths {
		n, err := countInFile(path, needle)
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

func countInFile(path string, needle []byte) (int, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return countIn(f, needle, holdsChunk)
}

// countIn counts the lower-case needle in what r reads, chunk by chunk.
// A chunk is cut after its last whole letter, whose lower case may differ
// in length (the Kelvin sign is three bytes, its k one), and the lower
// case of the text after the last match is kept for the next chunk, so
// that a needle across two chunks is counted once.
func countIn(r io.Reader, needle []byte, chunk int) (int, error) {
	if len(needle) == 0 {
		return 0, nil
	}
	buf := make([]byte, chunk)
	var raw, lower []byte
	var count int
	for {
		n, err := io.ReadFull(r, buf)
		raw = append(raw, buf[:n]...)
		end := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !end {
			return count, err
		}
		cut := len(raw)
		if !end {
			cut = wholeLetters(raw)
		}
		lower = append(lower, bytes.ToLower(raw[:cut])...)
		raw = append(raw[:0], raw[cut:]...)
		found, after := countMatches(lower, needle)
		count += found
		lower = append(lower[:0], lower[max(after, len(lower)-len(needle)+1):]...)
		if end {
			return count, nil
		}
	}
}

// wholeLetters is the length of raw up to a letter cut short at its end.
func wholeLetters(raw []byte) int {
	for i := len(raw) - 1; i >= max(0, len(raw)-utf8.UTFMax+1); i-- {
		if utf8.RuneStart(raw[i]) {
			if utf8.FullRune(raw[i:]) {
				return len(raw)
			}
			return i
		}
	}
	return len(raw)
}

// countMatches counts the needle in text, left to right without overlap,
// and says where the last match ends.
func countMatches(text, needle []byte) (count, after int) {
	for {
		i := bytes.Index(text[after:], needle)
		if i < 0 {
			return count, after
		}
		count++
		after += i + len(needle)
	}
}
