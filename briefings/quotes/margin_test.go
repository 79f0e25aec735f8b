package quotes

import (
	"math"
	"testing"
)

// An invented pair of boundary choices: one the ranker fixes by 0.15 over
// the rules' option, one it breaks by 0.12. Only a margin between the two
// keeps the fix and refuses the break; the coarse steps had none there
// and fell back to the rules' boundaries everywhere.
func TestChooseMarginFineSteps(t *testing.T) {
	m := &Model{w: make([]float32, 4)}
	m.w[1], m.w[2] = 0.15, 0.12
	groups := [][]group{{
		{x: [][]uint32{{}, {1}}, pos: []bool{false, true}}, // the cut is right
		{x: [][]uint32{{}, {2}}, pos: []bool{true, false}}, // the rules are right
		{x: [][]uint32{{}, {3}}, pos: []bool{true, true}},  // no difference
	}}
	got := chooseMargin(groups, func(int) *Model { return m }, func(string, ...any) {})
	if math.Abs(got-0.15) > 1e-9 {
		t.Errorf("chooseMargin = %v, want 0.15", got)
	}
}

// An invented held-out gain with a lone peak at 0.25 (4 more matches,
// its neighbours 1) and a broad rise from 0.35 to 0.5 (3 at each): the
// margin is the middle of the rise, which one changed candidate does not
// move, not the peak.
func TestChooseMarginPlateau(t *testing.T) {
	m := &Model{w: make([]float32, 8)}
	m.w[1], m.w[2], m.w[3], m.w[4] = 0.22, 0.27, 0.32, 0.55
	fix := func(f uint32) group { return group{x: [][]uint32{{}, {f}}, pos: []bool{false, true}} }
	brk := func(f uint32) group { return group{x: [][]uint32{{}, {f}}, pos: []bool{true, false}} }
	var gs []group
	for range 3 {
		gs = append(gs, brk(1), fix(2), fix(4))
	}
	gs = append(gs, brk(3), brk(3))
	got := chooseMargin([][]group{gs}, func(int) *Model { return m }, func(string, ...any) {})
	if math.Abs(got-0.4) > 1e-9 {
		t.Errorf("chooseMargin = %v, want 0.4", got)
	}
}
