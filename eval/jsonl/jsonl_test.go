package jsonl

import (
	"errors"
	"strings"
	"testing"
)

func TestEach(t *testing.T) {
	type rec struct{ A int }
	var got []int
	var lines []int
	err := Each(strings.NewReader("{\"A\": 1}\n\n  \n{\"A\": 2}\n"), func(line int, r rec) error {
		got, lines = append(got, r.A), append(lines, line)
		return nil
	})
	if err != nil || len(got) != 2 || got[1] != 2 || lines[1] != 4 {
		t.Errorf("Each = %v at lines %v, %v; want [1 2] at [1 4]", got, lines, err)
	}
	err = Each(strings.NewReader("{\"A\": 1}\n{oops\n"), func(int, rec) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad line: %v; want an error naming line 2", err)
	}
	stop := errors.New("stop")
	if err := Each(strings.NewReader("{}\n{}\n"), func(int, rec) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("fn error = %v; want it returned", err)
	}
}
