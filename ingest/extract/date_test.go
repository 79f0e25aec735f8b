package extract

import (
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestDateFromText(t *testing.T) {
	const caption = "Russian President Dmitry Medvedev (L) talks with U.N.-Arab League envoy Kofi Annan during their meeting in Moscow, March 25, 2012."
	const body = "Kofi Annan met Russian President Dmitry Medvedev as part of efforts to end the violence."
	tests := []struct {
		name       string
		in         []string
		want       time.Time
		wantSource string
	}{
		{"caption", []string{"Accessibility links", "Breaking News", "Peace Envoy Annan Presses Russia on Syria", caption, body}, day(2012, 3, 25), "caption"},
		{"wire dateline without year", []string{"MOSCOW, March 25 (Reuters) - " + body}, time.Time{}, ""},
		{"wire dateline, year from caption", []string{"MOSCOW, March 25 (Reuters) - " + body, caption}, day(2012, 3, 25), "dateline"},
		{"wire dateline, caption of another day", []string{"MOSCOW, March 26 (Reuters) - " + body, caption}, day(2012, 3, 25), "caption"},
		{"dateline without date", []string{"WASHINGTON (AP) — The Senate voted on Tuesday to extend the program."}, time.Time{}, ""},
		{"dateline with date", []string{"BEAUNE, France, April 9, 2023 (VC) — Growers spent the weekend in their rows."}, day(2023, 4, 9), "dateline"},
		{"dateline beats caption", []string{"MOSCOW, March 26, 2012 (VOA) - " + body, caption}, day(2012, 3, 26), "dateline"},
		{"date line MDY", []string{"Annan presses Russia", "March 25, 2012", body}, day(2012, 3, 25), "dateline"},
		{"date line DMY", []string{"Annan presses Russia", "25 March 2012", body}, day(2012, 3, 25), "dateline"},
		{"date line ISO", []string{"Annan presses Russia", "2012-03-25", body}, day(2012, 3, 25), "dateline"},
		{"date line with label and time", []string{"Annan presses Russia", "Published: Sunday 25 March 2012 10.15 BST", body}, day(2012, 3, 25), "dateline"},
		{"abbreviated month", []string{"Annan presses Russia", "Sept. 4, 2011", body}, day(2011, 9, 4), "dateline"},
		{"paragraph opening with a date", []string{"March 25, 2012 — " + body}, day(2012, 3, 25), "dateline"},
		{"date in body is not the publication date", []string{"Annan presses Russia", body, "The uprising began on March 15, 2011, in the southern city of Deraa."}, time.Time{}, ""},
		{"impossible date", []string{"Annan presses Russia", "February 30, 2012", body}, time.Time{}, ""},
		{"date line too far down", []string{"a", "b", "c", "d", "e", "f", "March 25, 2012"}, time.Time{}, ""},
		{"nothing", nil, time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, source := DateFromText(tt.in)
			if !got.Equal(tt.want) || source != tt.wantSource {
				t.Errorf("DateFromText = %v, %q; want %v, %q", got, source, tt.want, tt.wantSource)
			}
		})
	}
}
