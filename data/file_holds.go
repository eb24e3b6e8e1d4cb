package data

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
)

// holdsChunk is how much of a file FilesHold reads at a time, so that a
// large book is searched without reading it whole into memory.
const holdsChunk = 1 << 20

// FilesHold tells whether any of the files holds the text, in any case,
// byte by byte: what a person reading the raw file would find. A file that
// is not there holds nothing.
func FilesHold(text string, paths ...string) (bool, error) {
	needle := bytes.ToLower([]byte(text))
	for _, path := range paths {
		found, err := fileHolds(path, needle)
		if found || err != nil {
			return found, err
		}
	}
	return false, nil
}

// fileHolds searches one file for the lower-case needle, chunk by chunk,
// each chunk read after the end of the one before it, so that a needle
// across two chunks is found.
func fileHolds(path string, needle []byte) (bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	// A letter's lower case may be shorter than the letter (the Kelvin
	// sign is three bytes, its k one), so the overlap is generous.
	overlap := 4 * len(needle)
	window := make([]byte, 0, overlap+holdsChunk)
	for {
		n, err := io.ReadFull(f, window[len(window):len(window)+holdsChunk])
		window = window[:len(window)+n]
		if bytes.Contains(bytes.ToLower(window), needle) {
			return true, nil
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		window = window[:copy(window, window[len(window)-min(overlap, len(window)):])]
	}
}
