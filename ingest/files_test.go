package ingest_test

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/newsbot-dev/newsbot"
)

// TestFilesCharsets: local files carry no charset label. A Windows-1252
// text file keeps its accented letters, and a UTF-16 file with a byte
// order mark (what Windows PowerShell writes) is read, not refused.
func TestFilesCharsets(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	dir := t.TempDir()

	latin := "Café owners in Zürich protest new rules\n\n" +
		"Café owners in Zürich protested on Monday against the city's new rules for terraces, " +
		"which they said would cost them a third of their summer trade.\n\n" +
		"The city council said the rules would be reviewed in the spring.\n"
	cp1252 := strings.NewReplacer("é", "\xe9", "ü", "\xfc", "’", "\x92").Replace(latin)
	if err := os.WriteFile(filepath.Join(dir, "latin.txt"), []byte(cp1252), 0o644); err != nil {
		t.Fatal(err)
	}

	record := `{"url": "https://example.org/crêpes", "title": "Crêpe stalls return to the Quai", ` +
		`"text": "The crêpe stalls along the Quai des Brumes reopened on Saturday after a winter away, the market said.", ` +
		`"published": "2024-04-06", "source": "Le Petit Exemple"}`
	u16 := []byte{0xFF, 0xFE}
	for _, c := range utf16.Encode([]rune(record)) {
		u16 = binary.LittleEndian.AppendUint16(u16, c)
	}
	if err := os.WriteFile(filepath.Join(dir, "record.json"), u16, 0o644); err != nil {
		t.Fatal(err)
	}

	sum, err := e.web.Importer.Files(ctx, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || len(sum.Skipped) != 0 {
		t.Fatalf("ingest = %s; want both files added", sum)
	}
	a := e.article(t, "file://"+filepath.ToSlash(filepath.Join(dir, "latin.txt")))
	if a.Title != "Café owners in Zürich protest new rules" || !strings.Contains(a.Body, "Café owners in Zürich protested") ||
		strings.ContainsRune(a.Body, '\uFFFD') {
		t.Errorf("Windows-1252 file read as title %q, body %q", a.Title, a.Body)
	}
	r := e.article(t, "https://example.org/cr%C3%AApes")
	if r.Title != "Crêpe stalls return to the Quai" || !strings.Contains(r.Body, "crêpe stalls") {
		t.Errorf("UTF-16 JSON read as title %q, body %q", r.Title, r.Body)
	}
}

// TestFilesFollowLinksToFiles: a folder of links (a common way to pick
// articles out of an export) is read, and a broken link is reported, not
// silently passed over.
func TestFilesFollowLinksToFiles(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	src, dir := t.TempDir(), t.TempDir()
	write := func(path, body string) {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "plain.txt"), "Tram line opens\n\nThe new tram line to the harbour opened on Monday, the city said.\n")
	write(filepath.Join(src, "linked.txt"), "Library reopens\n\nThe central library reopened on Tuesday after a year of repairs, the council said.\n")
	for link, target := range map[string]string{"linked.txt": filepath.Join(src, "linked.txt"), "broken.txt": filepath.Join(src, "gone.txt"), "folder": src} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skipf("symlinks: %v", err)
		}
	}
	sum, err := e.web.Importer.Files(ctx, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || len(sum.Skipped) != 1 || !strings.HasSuffix(sum.Skipped[0].Source, "broken.txt") {
		t.Errorf("ingest = %s; want the file and the linked file added, the broken link skipped", sum)
	}
}

// TestFilesWithoutADateStayUndated: a file that states no date is stored
// with none, not with the moment it was saved or ingested, so it is never
// shown as today's news; a file that states one keeps it.
func TestFilesWithoutADateStayUndated(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	dir := t.TempDir()
	files := map[string]string{
		"undated.txt":   "Storm hits the coast\n\nA strong storm hit the coast on Sunday, cutting power to thousands of homes.\n",
		"dated.txt":     "Tram line opens\n\n25 March 2012\n\nThe new tram line to the harbour opened on Monday, the city said.\n",
		"undated.jsonl": `{"title": "Library reopens", "text": "The central library reopened on Tuesday after a year of repairs, the council said."}` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := e.web.Importer.Files(ctx, []string{dir}, nil)
	if err != nil || sum.Added != 3 {
		t.Fatalf("ingest = %s, %v; want 3 added", sum, err)
	}
	if a := e.article(t, "file://"+filepath.ToSlash(filepath.Join(dir, "undated.txt"))); !a.Published.IsZero() {
		t.Errorf("undated text file published %v; want no date", a.Published)
	}
	if a := e.article(t, "file://"+filepath.ToSlash(filepath.Join(dir, "dated.txt"))); a.Published.Format("2006-01-02") != "2012-03-25" {
		t.Errorf("dated text file published %v; want 2012-03-25", a.Published)
	}
	hits, err := e.db.SearchArticles(ctx, newsbot.ParseTopic("library"), 10)
	if err != nil || len(hits) != 1 || !hits[0].Published.IsZero() {
		t.Errorf("undated JSON record = %+v, %v; want one, with no date", hits, err)
	}
}

// TestFilesBadJSONSaysWhere: a JSON file that cannot be read is named with
// where it goes wrong, in words, never with the decoder's message.
func TestFilesBadJSONSaysWhere(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"literal.json", `{"title": nope}`, "not valid JSON at line 1, column 11, at “nope}”"},
		{"comma.json", "[\n  {\"title\": \"a\", \"text\": \"b\",}\n]", "not valid JSON at line 2, column 30, at “}”"},
		{"cut.json", `{"title": "a", "text": "b"`, "not valid JSON: it ends too early"},
		{"type.json", "\n\n[\n {\"title\": 5}\n]", `"title" should be text, not a number (line 4, column 12, at “5}”)`},
		{"string.json", `"hello"`, "not a record or a list of records: it holds text"},
		{"lines.jsonl", "{\"title\": \"x\", \"text\": \"y\"}\n{\"title\": nope}\n", "not valid JSON at line 2, column 11, at “nope}”"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, tt.name), []byte(tt.body), 0o644); err != nil {
			t.Fatal(err)
		}
		sum, err := newEnv(t).web.Importer.Files(context.Background(), []string{dir}, nil)
		if err != nil || len(sum.Skipped) != 1 || !strings.Contains(sum.Skipped[0].Reason, tt.want) ||
			strings.Contains(sum.Skipped[0].Reason, "invalid character") || strings.Contains(sum.Skipped[0].Reason, "Go value") {
			t.Errorf("%s: %s, %v; want one skip saying %q", tt.name, sum, err, tt.want)
		}
	}
}
