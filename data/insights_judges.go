package data

import (
	"sync"

	"tend/lifecycle"
)

// judges replay the weekly flags on goroutines of their own while the
// book is read: judging every customer at the end of every week is most of
// the work, and it keeps a laptop's cores busy beside the reading.
type judges struct {
	replays []*weeklyReplay
	batches chan []*customerHistory
	batch   []*customerHistory
	wg      sync.WaitGroup
}

// judgeCount is how many goroutines judge: the cores of a laptop.
const judgeCount = 2

// judgeBatch is how many customers go to a judge at a time.
const judgeBatch = 256

func newJudges(lc lifecycle.Lifecycle, r lifecycle.Rules, m *Models, weeks []lifecycle.Week) *judges {
	j := &judges{batches: make(chan []*customerHistory, 2*judgeCount)}
	for range judgeCount {
		replay := newWeeklyReplay(lc, r, m, weeks)
		j.replays = append(j.replays, replay)
		j.wg.Go(func() {
			for batch := range j.batches {
				for _, h := range batch {
					replay.add(h)
				}
			}
		})
	}
	return j
}

// add hands a customer's history to the judges.
func (j *judges) add(h *customerHistory) {
	j.batch = append(j.batch, h)
	if len(j.batch) == judgeBatch {
		j.batches <- j.batch
		j.batch = nil
	}
}

// finish waits for the judges and returns their counts, added up.
func (j *judges) finish() *weeklyReplay {
	if len(j.batch) > 0 {
		j.batches <- j.batch
	}
	close(j.batches)
	j.wg.Wait()
	for _, o := range j.replays[1:] {
		j.replays[0].merge(o)
	}
	return j.replays[0]
}
