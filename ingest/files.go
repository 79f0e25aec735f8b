package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/ingest/charset"
	"github.com/newsbot-dev/newsbot/ingest/extract"
)

// MaxFileSize bounds a single input file; bigger ones are skipped.
const MaxFileSize = 64 << 20

// Progress receives a line of progress as files are done; the CLI draws it
// on a terminal. done counts files, total is the number found.
type Progress func(done, total int, current string)

// Files ingests files and folders (recursively, skipping hidden entries,
// following links to files but not to folders):
// .txt/.text/.md as plain text, .html/.htm/.xhtml as web pages, .json as one
// record or an array of records, .jsonl/.ndjson as a record a line. Other
// files are recognised by their first bytes. A bad input is skipped with a
// reason and never stops the rest; only a storage failure or a cancelled
// context does.
func (im *Importer) Files(ctx context.Context, paths []string, progress Progress) (Summary, error) {
	var sum Summary
	var files []string
	for _, p := range paths {
		found, err := listFiles(p)
		if err != nil {
			sum.skip(p, PathProblem(err))
			continue
		}
		files = append(files, found...)
	}
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		if progress != nil {
			progress(i, len(files), f)
		}
		if err := im.file(ctx, f, &sum); err != nil {
			return sum, err
		}
	}
	if progress != nil {
		progress(len(files), len(files), "")
	}
	return sum, nil
}

func listFiles(root string) ([]string, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{root}, nil
	}
	var out []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case d.Type().IsRegular():
			out = append(out, path)
		case d.Type()&fs.ModeSymlink != 0:
			// A link to a file is read like the file; a broken one is
			// listed so that the summary says why it was skipped. Links
			// to folders are not followed, so a loop cannot trap the walk.
			if st, err := os.Stat(path); err != nil || !st.IsDir() {
				out = append(out, path)
			}
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// PathProblem says in a few words why a path cannot be read: "no such
// file or folder", "permission denied", or the system's reason without
// the path.
func PathProblem(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

type fileKind int

const (
	unknownKind fileKind = iota
	textKind
	htmlKind
	jsonKind
	jsonLinesKind
)

func kindOf(path string, head []byte) fileKind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".md":
		return textKind
	case ".html", ".htm", ".xhtml":
		return htmlKind
	case ".json":
		return jsonKind
	case ".jsonl", ".ndjson":
		return jsonLinesKind
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(head) == 0:
		return unknownKind
	case bytes.IndexByte(head, 0) >= 0:
		return unknownKind // binary
	case head[0] == '<':
		return htmlKind
	case head[0] == '[':
		return jsonKind
	case head[0] == '{':
		if i := bytes.IndexByte(head, '\n'); i > 0 && json.Valid(bytes.TrimSpace(head[:i])) {
			return jsonLinesKind
		}
		return jsonKind
	case utf8.Valid(head[:min(len(head), 512)]) || !utf8.FullRune(head):
		return textKind
	}
	return unknownKind
}

func (im *Importer) file(ctx context.Context, path string, sum *Summary) error {
	info, err := os.Stat(path)
	if err != nil {
		sum.skip(path, PathProblem(err))
		return nil
	}
	if info.Size() > MaxFileSize {
		sum.skip(path, fmt.Sprintf("larger than %d MiB", MaxFileSize>>20))
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		sum.skip(path, PathProblem(err))
		return nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	id := "file://" + filepath.ToSlash(abs)

	kind := kindOf(path, data[:min(len(data), 4096)])
	if kind == textKind || kind == jsonKind || kind == jsonLinesKind {
		// Text files carry no charset: a byte order mark says UTF-8 or
		// UTF-16 (Windows editors and PowerShell write them), valid UTF-8
		// is UTF-8, and anything else is read as Windows-1252, as the web
		// reads unlabelled pages, rather than losing its accented letters.
		text, _ := charset.Decode(data, "", nil)
		data = []byte(text)
	}
	switch kind {
	case textKind:
		return im.document(ctx, extract.Text(string(data)), path, id, sum)
	case htmlKind:
		doc, err := extract.HTML(bytes.NewReader(data), id, "")
		if errors.Is(err, extract.ErrNoText) {
			sum.skip(path, "no article text found")
			return nil
		}
		if err != nil {
			sum.skip(path, "could not read the HTML: "+err.Error())
			return nil
		}
		return im.document(ctx, doc, path, id, sum)
	case jsonKind:
		return im.jsonFile(ctx, data, path, id, sum)
	case jsonLinesKind:
		return im.jsonLines(ctx, data, path, id, sum)
	}
	sum.skip(path, "not a text, HTML or JSON file")
	return nil
}

// document stores a file's article. A file that states no date keeps none
// (Published zero, shown as "date unknown"): its modification time says
// when it was saved or copied, not when the news was published, and would
// make an old article look like today's.
func (im *Importer) document(ctx context.Context, doc extract.Document, source, id string, sum *Summary) error {
	a := Article(doc, id, time.Time{})
	if reason := unusable(a); reason != "" {
		sum.skip(source, reason)
		return nil
	}
	res, err := im.Save(ctx, a)
	if err != nil {
		if newsbot.ErrorCode(err) == newsbot.EINVALID {
			sum.skip(source, newsbot.ErrorMessage(err))
			return nil
		}
		return fmt.Errorf("store %s: %w", source, err)
	}
	sum.count(res)
	return nil
}

// unusable says why an article cannot be stored, or "".
func unusable(a *newsbot.Article) string {
	switch {
	case strings.TrimSpace(a.Body) == "":
		return "no article text found"
	case strings.TrimSpace(a.Title) == "":
		return "no title found"
	}
	return ""
}

// Record is one article in a JSON or JSON Lines file.
type Record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	Source    string `json:"source"` // the outlet
	Byline    string `json:"byline"`
	Author    string `json:"author"` // accepted for byline
}

func (im *Importer) jsonFile(ctx context.Context, data []byte, path, id string, sum *Summary) error {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var recs []Record
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '[' {
		if err := json.Unmarshal(data, &recs); err != nil {
			sum.skip(path, jsonError(err, data, 1))
			return nil
		}
	} else {
		var r Record
		if err := json.Unmarshal(data, &r); err != nil {
			sum.skip(path, jsonError(err, data, 1))
			return nil
		}
		recs = []Record{r}
	}
	for i, r := range recs {
		src := path
		if len(recs) > 1 {
			src = fmt.Sprintf("%s[%d]", path, i)
		}
		if err := im.record(ctx, r, src, recordID(id, r), sum); err != nil {
			return err
		}
	}
	return nil
}

func (im *Importer) jsonLines(ctx context.Context, data []byte, path, id string, sum *Summary) error {
	sc := bufio.NewScanner(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	sc.Buffer(make([]byte, 0, 1<<20), MaxFileSize)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		src := fmt.Sprintf("%s:%d", path, n)
		var r Record
		if err := json.Unmarshal(line, &r); err != nil {
			sum.skip(src, jsonError(err, line, n))
			continue
		}
		if err := im.record(ctx, r, src, recordID(id, r), sum); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		sum.skip(path, PathProblem(err))
	}
	return nil
}

// jsonError says where JSON input went wrong, in words: the line and
// column and the text there, never the decoder's own message ("invalid
// character 'o' in literal null"). data starts on line firstLine.
func jsonError(err error, data []byte, firstLine int) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se) && strings.Contains(se.Error(), "unexpected end of JSON input"):
		return "not valid JSON: it ends too early, with a bracket, brace or quote not closed"
	case errors.As(err, &se):
		// The decoder stops inside a bad word ("nope"): show it whole.
		off := min(int(se.Offset)-1, len(data))
		for off > 0 && isWordByte(data[off-1]) {
			off--
		}
		return "not valid JSON at " + jsonPlace(data, off, firstLine)
	case errors.As(err, &te) && te.Field != "":
		return fmt.Sprintf("not a record I can read: %q should be %s, not %s (%s)", te.Field, jsonKindName(te.Type.Kind()), jsonValueName(te.Value),
			jsonPlace(data, int(te.Offset)-1, firstLine))
	case errors.As(err, &te):
		return fmt.Sprintf("not a record or a list of records: it holds %s", jsonValueName(te.Value))
	}
	return "not valid JSON"
}

// jsonPlace names the line and column of a byte offset in data, and the
// text that starts there: `line 3, column 12, at “nope}”`.
func jsonPlace(data []byte, off, firstLine int) string {
	off = max(0, min(off, len(data)))
	line := firstLine + bytes.Count(data[:off], []byte("\n"))
	col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off])
	place := fmt.Sprintf("line %d, column %d", line, col)
	rest := data[off:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	if r := []rune(strings.TrimSpace(string(rest))); len(r) > 0 {
		if len(r) > 20 {
			r = append(r[:20], '…')
		}
		place += ", at “" + string(r) + "”"
	}
	return place
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// jsonValueName names a JSON value's kind as the decoder reports it.
func jsonValueName(v string) string {
	switch v {
	case "string":
		return "text"
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "bool":
		return "true or false"
	}
	return "a " + v
}

func jsonKindName(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "text"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Bool:
		return "true or false"
	}
	return "a number"
}

// recordID keys a record that has no URL by its file and content (title,
// source, date, text), not its position, so inserting a line above it does
// not make it a new article on the next ingest.
func recordID(file string, r Record) string {
	return file + "#" + newsbot.ContentHash(r.Title+"\x00"+r.Source+"\x00"+r.Published, r.Text)[:16]
}

// record stores one JSON record. Its text is cleaned like any other
// article: boilerplate and captions never reach the body.
func (im *Importer) record(ctx context.Context, r Record, source, id string, sum *Summary) error {
	var paras []string
	if r.Title == "" {
		// No title given: the text's own headline line is the title.
		doc := extract.Text(r.Text)
		r.Title, paras = doc.Title, doc.Paragraphs
	} else {
		paras, _ = extract.Clean(paragraphs(r.Text))
	}
	doc := extract.Document{Title: strings.TrimSpace(r.Title), Outlet: strings.TrimSpace(r.Source),
		Byline: strings.TrimSpace(r.Byline), Paragraphs: paras}
	if doc.Byline == "" {
		doc.Byline = strings.TrimSpace(r.Author)
	}
	if r.Published != "" {
		t, err := ParseTime(r.Published)
		if err != nil {
			sum.skip(source, fmt.Sprintf("published %q is not a date I can read (use 2012-03-25 or RFC 3339)", r.Published))
			return nil
		}
		doc.Published = t
	} else if t, _ := extract.DateFromText(paras); !t.IsZero() {
		doc.Published = t
	}
	if u := strings.TrimSpace(r.URL); u != "" {
		id = CanonicalURL(u)
	}
	return im.document(ctx, doc, source, id, sum)
}

// ParseTime reads the date formats found in feeds and exports.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04",
		"2006-01-02", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700",
		"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return newsbot.AsPublished(t), nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}

// paragraphs splits plain text at blank lines, joining a hard-wrapped
// paragraph's lines; text without blank lines has a paragraph a line.
func paragraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	blocks := blankLine.Split(s, -1)
	if len(blocks) == 1 {
		blocks = strings.Split(s, "\n")
	}
	var out []string
	for _, b := range blocks {
		if p := strings.Join(strings.Fields(b), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var blankLine = regexp.MustCompile(`\n[ \t]*\n`)
