package cli

import (
	"bytes"
	"strings"
	"testing"

	"tend/data"
)

func TestUpgradeMeterWritesItsLineAgainOnlyWhenItMoves(t *testing.T) {
	var out bytes.Buffer
	m := &upgradeMeter{w: &out}
	m.show(data.UpgradingCopy, 0, 0)
	for done := 0; done <= 1000; done++ {
		m.show(data.UpgradingSearchIndex, done, 1000)
	}
	m.end()
	lines := strings.Split(out.String(), "\r\x1b[K")
	// Empty before the first line; the copy, 0 % to 100 %, and the end.
	if len(lines) != 1+1+101+1 {
		t.Fatalf("the meter wrote %d lines; want one a percent", len(lines)-1)
	}
	if !strings.Contains(lines[1], "copying") || !strings.Contains(lines[102], "search index, 100 %") || lines[103] != "" {
		t.Errorf("meter lines: %q … %q, %q", lines[1], lines[102], lines[103])
	}
}

func TestUpgradeMeterIsSilentOffATerminal(t *testing.T) {
	var out bytes.Buffer
	m := newUpgradeMeter(&out)
	m.show(data.UpgradingSearchIndex, 1, 2)
	m.end()
	if out.Len() != 0 {
		t.Errorf("off a terminal the meter wrote %q", out.String())
	}
}
