package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDatesAsTheOutletPrintedThem: an article is dated in the UTC offset
// its source gave. An evening story from a city behind UTC is past
// midnight in UTC; shown in UTC it carried the next day's date, unlike
// the page it cites. Written for this test.
func TestDatesAsTheOutletPrintedThem(t *testing.T) {
	dir, files := t.TempDir(), t.TempDir()
	page := `<html><head><title>Harbor council votes to rebuild pier</title>
<meta property="article:published_time" content="2026-12-01T21:30:00-05:00">
<meta property="og:site_name" content="Eastport Ledger">
<link rel="canonical" href="https://ledger.example/pier-vote"></head><body><article>
<h1>Harbor council votes to rebuild pier</h1>
<p>The Eastport harbor council voted late on Tuesday to rebuild the north pier, which storms closed in October.</p>
<p>“We owe the fishing fleet a pier that lasts another fifty years,” council chair Dana Whitfield said after the vote.</p>
<p>Work on the pier is due to start in March and to cost about 14 million dollars.</p>
</article></body></html>`
	records := `{"title": "Pier contract goes to tender", "text": "Eastport will put the north pier contract out to tender next week, the harbor council said on Wednesday.", "published": "2026-12-02T09:15:00+09:00", "source": "Pacific Desk", "url": "https://desk.example/pier-tender"}
{"title": "Pier bids due in January", "text": "Bids to rebuild the Eastport north pier are due by January 15, the harbor council said.", "published": "2026-12-02T03:00:00Z", "source": "Wire Digest", "url": "https://wire.example/pier-bids"}
`
	for name, body := range map[string]string{"pier.html": page, "tender.jsonl": records} {
		if err := os.WriteFile(filepath.Join(files, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, stderr, err := run(t, dir, "", "ingest", "--sample=false", files); err != nil || !strings.Contains(out, "3 added") {
		t.Fatalf("ingest = %q, %v\n%s", out, err, stderr)
	}
	for _, tc := range []struct {
		line string
		want []string
	}{
		// 02:30 UTC on 2 December, 21:30 on 1 December in Eastport.
		{"!articles pier", []string{
			"Harbor council votes to rebuild pier — Eastport Ledger · 1 Dec 2026",
			// 00:15 UTC on 2 December, printed 09:15 on 2 December in Tokyo's offset.
			"Pier contract goes to tender — Pacific Desk · 2 Dec 2026",
			// Given in UTC: shown in UTC, as before.
			"Pier bids due in January — Wire Digest · 2 Dec 2026"}},
		{"!quotes whitfield", []string{"Eastport Ledger · 1 Dec 2026"}},
		{"!brief eastport pier", []string{"Eastport Ledger · 1 Dec 2026"}},
		{"!about", []string{"Articles published 1 Dec 2026 to 2 Dec 2026."}},
	} {
		got := console(t, dir, tc.line)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no %q in\n%s", tc.line, w, got)
			}
		}
	}
}
