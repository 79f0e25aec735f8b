package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot-dev/newsbot/bot/fakediscord"
	"github.com/newsbot-dev/newsbot/commands"
)

const testToken = "test.token-value_1"

// testRouter has a briefing-like command, a slow one, an admin one, a
// failing one and a huge one.
type testRouter struct {
	*commands.Router
	release chan struct{} // each value lets one "slow" answer
	started chan string   // "slow" reports its start
}

func newTestRouter(log *slog.Logger) *testRouter {
	r := &testRouter{Router: commands.NewRouter(log), release: make(chan struct{}, 10), started: make(chan string, 10)}
	r.Add(commands.Command{
		Name: "brief", Summary: "A briefing on a topic.",
		Options: []commands.Option{{Name: "topic", Description: "What the briefing is about", Required: true, Rest: true, Autocomplete: true}},
		Handler: func(ctx context.Context, req commands.Request) (commands.Reply, error) {
			topic := req.Args
			if v, ok := req.Params["topic"]; ok {
				topic = v
			}
			return briefing(topic, 3, 2, "Annan met Medvedev in Moscow."), nil
		},
	})
	r.Add(commands.Command{Name: "slow", Summary: "Answers when released.",
		Handler: func(ctx context.Context, req commands.Request) (commands.Reply, error) {
			r.started <- req.Args
			select {
			case <-r.release:
			case <-ctx.Done():
				return commands.Reply{}, ctx.Err()
			}
			if req.Args == "fail" {
				return commands.Reply{}, errors.New("disk on fire")
			}
			return commands.Reply{Kind: commands.Success, Title: "Slow answer", Lines: []string{"Worth the wait."}}, nil
		}})
	r.Add(commands.Command{Name: "feeds", Summary: "Manage feeds.", Admin: true,
		Handler: func(ctx context.Context, req commands.Request) (commands.Reply, error) {
			return commands.Reply{Kind: commands.Success, Lines: []string{"Feeds changed."}}, nil
		}})
	r.Add(commands.Command{Name: "fail", Summary: "Always fails.",
		Handler: func(ctx context.Context, req commands.Request) (commands.Reply, error) {
			return commands.Reply{}, fmt.Errorf("query: %w", errors.New("SQL logic error near SELECT"))
		}})
	r.Add(commands.Command{Name: "huge", Summary: "An answer longer than Discord takes.",
		Handler: func(ctx context.Context, req commands.Request) (commands.Reply, error) {
			return briefing("everything", 100, 100, sentences(1, 30)), nil
		}})
	r.Complete = func(ctx context.Context, prefix string) []string {
		return []string{"Syria", "Syria talks", strings.Repeat("long ", 40), "syria"}
	}
	return r
}

// logBuffer collects the bot's log safely across goroutines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

type harness struct {
	t      *testing.T
	fake   *fakediscord.Server
	router *testRouter
	log    *logBuffer
	cancel context.CancelFunc
	done   chan error
}

// start runs a bot against a fresh fake Discord until the test ends.
func start(t *testing.T, cfg Config) *harness {
	t.Helper()
	t.Parallel()
	h := &harness{t: t, fake: fakediscord.New(testToken), log: &logBuffer{}, done: make(chan error, 1)}
	log := slog.New(slog.NewTextHandler(h.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h.router = newTestRouter(log)
	if cfg.Token == "" {
		cfg.Token = testToken
	}
	cfg.APIBase = h.fake.URL
	if cfg.GuildID == "" {
		cfg.GuildID = fakediscord.GuildID
	}
	if cfg.Cooldown == 0 {
		cfg.Cooldown = -1
	}
	if cfg.DeferAfter == 0 {
		cfg.DeferAfter = 10 * time.Second // instant answers, even on a loaded machine
	}
	b, err := New(cfg, h.router.Router, log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(func() {
		h.stop()
		h.fake.Close()
		if t.Failed() {
			t.Logf("bot log:\n%s", h.log.String())
		}
	})
	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if err := h.fake.WaitReady(wctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := h.fake.WaitRequest(wctx, 0, fakediscord.Is("PUT", "/api/v9/applications/*")); err != nil {
		t.Fatalf("slash commands not registered: %v", err)
	}
	return h
}

// stop shuts the bot down once and returns Run's error.
func (h *harness) stop() error {
	if h.cancel == nil {
		return nil
	}
	h.cancel()
	h.cancel = nil
	select {
	case err := <-h.done:
		if err != nil {
			h.t.Errorf("Run: %v", err)
		}
		return err
	case <-time.After(20 * time.Second):
		h.t.Error("Run did not return after cancellation")
		return nil
	}
}

// send dispatches a gateway event and returns the first REST request
// after it that matches.
func (h *harness) send(event string, data any, match func(fakediscord.Request) bool) fakediscord.Request {
	h.t.Helper()
	n := h.fake.Len()
	if err := h.fake.Dispatch(event, data); err != nil {
		h.t.Fatal(err)
	}
	return h.wait(n, match)
}

func (h *harness) wait(after int, match func(fakediscord.Request) bool) fakediscord.Request {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := h.fake.WaitRequest(ctx, after, match)
	if err != nil {
		h.t.Fatal(err)
	}
	return r
}

var (
	channelPost = fakediscord.Is("POST", "/api/v9/channels/"+fakediscord.ChannelID+"/messages")
	callback    = fakediscord.Is("POST", "/api/v9/interactions/*")
	editOrig    = fakediscord.Is("PATCH", "/api/v9/webhooks/*")
	followup    = fakediscord.Is("POST", "/api/v9/webhooks/*")
	deleteOrig  = fakediscord.Is("DELETE", "/api/v9/webhooks/*")
)

// posted is the part of a message body the tests read.
type posted struct {
	Content string `json:"content"`
	Flags   int    `json:"flags"`
	Embeds  []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Color       int    `json:"color"`
		Fields      []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"fields"`
		Footer *struct {
			Text string `json:"text"`
		} `json:"footer"`
	} `json:"embeds"`
	Reference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
}

func decodePost(t *testing.T, r fakediscord.Request) posted {
	t.Helper()
	var p posted
	if err := r.Decode(&p); err != nil {
		t.Fatalf("%s %s: %v\n%s", r.Method, r.Path, err, r.Body)
	}
	return p
}

// decodeCallback reads an interaction response: its type and data.
func decodeCallback(t *testing.T, r fakediscord.Request) (int, posted) {
	t.Helper()
	var c struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := r.Decode(&c); err != nil {
		t.Fatal(err)
	}
	var p posted
	if len(c.Data) > 0 {
		if err := json.Unmarshal(c.Data, &p); err != nil {
			t.Fatal(err)
		}
	}
	return c.Type, p
}

// checkNoMentions asserts on the raw JSON that a message-creating request
// parses no mentions at all: "allowed_mentions": {"parse": [], ...} with no
// users or roles allowed and no reply ping.
func checkNoMentions(t *testing.T, r fakediscord.Request) {
	t.Helper()
	var body map[string]json.RawMessage
	if err := json.Unmarshal(r.Body, &body); err != nil {
		t.Fatalf("%s %s: %v", r.Method, r.Path, err)
	}
	if d, ok := body["data"]; ok && strings.HasPrefix(r.Path, "/api/v9/interactions/") {
		body = nil
		if err := json.Unmarshal(d, &body); err != nil {
			t.Fatal(err)
		}
	}
	raw, ok := body["allowed_mentions"]
	if !ok {
		t.Errorf("%s %s sent no allowed_mentions: %s", r.Method, r.Path, r.Body)
		return
	}
	var am map[string]any
	if err := json.Unmarshal(raw, &am); err != nil {
		t.Fatal(err)
	}
	parse, ok := am["parse"].([]any)
	if !ok || len(parse) != 0 || am["users"] != nil || am["roles"] != nil || am["replied_user"] == true {
		t.Errorf("%s %s: allowed_mentions = %s; want {\"parse\": []}", r.Method, r.Path, raw)
	}
}

func TestPrefixCommandPostsBriefingEmbed(t *testing.T) {
	h := start(t, Config{})
	r := h.send("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!brief syria", fakediscord.GuildID), channelPost)
	checkNoMentions(t, r)
	checkNoMentions(t, r)
	p := decodePost(t, r)
	if len(p.Embeds) != 1 {
		t.Fatalf("posted %d embeds; want 1: %s", len(p.Embeds), r.Body)
	}
	e := p.Embeds[0]
	if e.Title != "Briefing: syria" || !strings.HasPrefix(e.Description, "• Annan met Medvedev") || e.Color != kindColour[commands.Success] {
		t.Errorf("embed = %+v", e)
	}
	if len(e.Fields) != 2 || e.Fields[0].Name != "Key quotes" || !strings.Contains(e.Fields[0].Value, "— Kofi Annan [1]") ||
		!strings.Contains(e.Fields[1].Value, "[Peace Envoy Annan Presses Russia on Syria](https://www.voanews.com/a/annan-%28russia%29) — Voice of America · 25 Mar 2012") {
		t.Errorf("fields = %+v", e.Fields)
	}
	if e.Footer == nil || !strings.HasPrefix(e.Footer.Text, "Verbatim from") {
		t.Errorf("footer = %+v", e.Footer)
	}
	if p.Reference == nil || p.Reference.MessageID != "m1" {
		t.Errorf("message_reference = %+v; want a reply to m1", p.Reference)
	}
	if r.Header.Get("Authorization") != "Bot "+testToken {
		t.Errorf("Authorization = %q", r.Header.Get("Authorization"))
	}

	// A mention of the bot works as a prefix, for servers without the
	// message content intent.
	r = h.send("MESSAGE_CREATE", fakediscord.Message("m2", "701", "<@"+fakediscord.BotID+"> brief russia", fakediscord.GuildID), channelPost)
	if p := decodePost(t, r); len(p.Embeds) == 0 || p.Embeds[0].Title != "Briefing: russia" {
		t.Errorf("mention command posted %s", r.Body)
	}
}

func TestIgnoresItselfOtherBotsAndChat(t *testing.T) {
	h := start(t, Config{})
	n := h.fake.Len()
	own := fakediscord.Message("m1", fakediscord.BotID, "!brief syria", fakediscord.GuildID)
	own["author"].(map[string]any)["bot"] = true
	other := fakediscord.Message("m2", "800", "!brief syria", fakediscord.GuildID)
	other["author"].(map[string]any)["bot"] = true
	// Unknown commands in a server may belong to another bot with the same prefix.
	for _, m := range []any{own, other, fakediscord.Message("m3", "701", "hello there", fakediscord.GuildID),
		fakediscord.Message("m4", "701", "!!!", fakediscord.GuildID), fakediscord.Message("m6", "701", "!play despacito", fakediscord.GuildID)} {
		if err := h.fake.Dispatch("MESSAGE_CREATE", m); err != nil {
			t.Fatal(err)
		}
	}
	r := h.send("MESSAGE_CREATE", fakediscord.Message("m5", "701", "!brief last", fakediscord.GuildID), channelPost)
	if p := decodePost(t, r); p.Reference == nil || p.Reference.MessageID != "m5" {
		t.Errorf("first reply after ignored messages answers %s", r.Body)
	}
	for _, req := range h.fake.Requests()[n:] {
		if channelPost(req) && !strings.Contains(string(req.Body), `"m5"`) {
			t.Errorf("the bot answered an ignored message: %s", req.Body)
		}
	}
	// Addressed to the bot, or in a DM, an unknown command gets a hint.
	for i, m := range []any{
		fakediscord.Message("m7", "701", "<@"+fakediscord.BotID+"> breif syria", fakediscord.GuildID),
		fakediscord.Message("m8", "702", "!breif syria", ""),
		fakediscord.Message("m9", "703", "!breif syria", fakediscord.GuildID), // a typo of ours, in a server
	} {
		p := decodePost(t, h.send("MESSAGE_CREATE", m, channelPost))
		if len(p.Embeds) == 0 || !strings.Contains(p.Embeds[0].Description, "did you mean `!brief`?") {
			t.Errorf("unknown command %d answered %+v; want a hint", i, p)
		}
	}
	// In a DM everything is addressed to the bot: chat gets a hint too.
	for i, text := range []string{"hello", "!!!", "what can you do?"} {
		p := decodePost(t, h.send("MESSAGE_CREATE", fakediscord.Message(fmt.Sprintf("d%d", i), "704", text, ""), channelPost))
		if len(p.Embeds) == 0 || !strings.Contains(p.Embeds[0].Description, "`!help` lists them") || p.Reference == nil || p.Reference.MessageID != fmt.Sprintf("d%d", i) {
			t.Errorf("DM %q answered %+v; want the one-line hint", text, p)
		}
	}
}

func TestSlashCommandRespondsWithSameBriefing(t *testing.T) {
	h := start(t, Config{})
	msg := decodePost(t, h.send("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!brief syria", fakediscord.GuildID), channelPost))
	r := h.send("INTERACTION_CREATE", fakediscord.Command("i1", "701", "brief", map[string]string{"topic": "syria"}, fakediscord.PermMember), callback)
	if r.Path != "/api/v9/interactions/i1/token-i1/callback" {
		t.Errorf("callback path %s", r.Path)
	}
	checkNoMentions(t, r)
	typ, p := decodeCallback(t, r)
	if typ != 4 {
		t.Fatalf("callback type %d; want 4 (a message at once)", typ)
	}
	if p.Flags != 0 {
		t.Errorf("flags %d; want a public answer", p.Flags)
	}
	p.Reference = msg.Reference
	got, _ := json.Marshal(p)
	want, _ := json.Marshal(msg)
	if !bytes.Equal(got, want) {
		t.Errorf("slash answer differs from prefix answer:\n%s\n%s", got, want)
	}
}

func TestRegistersEveryCommandByBulkOverwrite(t *testing.T) {
	h := start(t, Config{})
	reqs := h.fake.Requests()
	var put []fakediscord.Request
	for _, r := range reqs {
		if r.Method == "PUT" {
			put = append(put, r)
		}
	}
	if len(put) != 1 || put[0].Path != "/api/v9/applications/"+fakediscord.AppID+"/guilds/"+fakediscord.GuildID+"/commands" {
		t.Fatalf("registration requests: %+v", put)
	}
	var cmds []map[string]any
	if err := put[0].Decode(&cmds); err != nil {
		t.Fatal(err)
	}
	byName := map[string]map[string]any{}
	for _, c := range cmds {
		byName[c["name"].(string)] = c
		if d := c["description"].(string); d == "" || Length(d) > 100 {
			t.Errorf("command %s description %q", c["name"], d)
		}
	}
	if len(cmds) != len(h.router.Commands()) {
		t.Errorf("registered %d commands; the router has %d", len(cmds), len(h.router.Commands()))
	}
	brief := byName["brief"]
	opts, _ := brief["options"].([]any)
	if len(opts) != 1 {
		t.Fatalf("brief options = %v", brief["options"])
	}
	o := opts[0].(map[string]any)
	if o["name"] != "topic" || o["type"] != 3.0 || o["required"] != true || o["autocomplete"] != true {
		t.Errorf("brief topic option = %v", o)
	}
	if _, ok := brief["default_member_permissions"]; ok {
		t.Errorf("brief has default_member_permissions %v; want everyone", brief["default_member_permissions"])
	}
	if got := byName["feeds"]["default_member_permissions"]; got != "32" {
		t.Errorf("feeds default_member_permissions = %v; want \"32\" (Manage Server)", got)
	}

	var identify struct {
		Op int `json:"op"`
		D  struct {
			Token   string `json:"token"`
			Intents int    `json:"intents"`
		} `json:"d"`
	}
	for _, f := range h.fake.Frames() {
		if json.Unmarshal(f, &identify) == nil && identify.Op == 2 {
			break
		}
	}
	const guilds, guildMessages, directMessages, messageContent = 1 << 0, 1 << 9, 1 << 12, 1 << 15
	if identify.Op != 2 || identify.D.Intents != guilds|guildMessages|directMessages|messageContent || identify.D.Token != "Bot "+testToken {
		t.Errorf("IDENTIFY op %d intents %b", identify.Op, identify.D.Intents)
	}
}

func TestGlobalRegistrationWithoutGuild(t *testing.T) {
	// GuildID "-" is not a guild: start's default must be overridden to
	// register globally, so build the bot by hand here.
	t.Parallel()
	fake := fakediscord.New(testToken)
	defer fake.Close()
	b, err := New(Config{Token: testToken, APIBase: fake.URL}, newTestRouter(nil).Router, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if _, err := fake.WaitRequest(wctx, 0, fakediscord.Is("PUT", "/api/v9/applications/"+fakediscord.AppID+"/commands")); err != nil {
		t.Error(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Error(err)
	}
}

func TestMentionsNeverPing(t *testing.T) {
	h := start(t, Config{})
	topic := "@everyone @here <@123> <@!123> <@&456> syria"
	r := h.send("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!brief "+topic, fakediscord.GuildID), channelPost)
	checkNoMentions(t, r)
	if p := decodePost(t, r); p.Embeds[0].Title != "Briefing: "+topic {
		t.Errorf("title %q; want the topic verbatim, harmless", p.Embeds[0].Title)
	}
	checkNoMentions(t, h.send("MESSAGE_CREATE", fakediscord.Message("m2", "700", "!nonsense @everyone", ""), channelPost))
	checkNoMentions(t, h.send("INTERACTION_CREATE", fakediscord.Command("i1", "701", "brief", map[string]string{"topic": topic}, fakediscord.PermMember), callback))
	checkNoMentions(t, h.send("INTERACTION_CREATE", fakediscord.Command("i2", "701", "fail", nil, fakediscord.PermMember), callback))
	// Every message the bot sent in this test, whatever it was.
	for _, r := range h.fake.Requests() {
		if r.Method == "POST" && (channelPost(r) || followup(r)) || r.Method == "PATCH" ||
			callback(r) && !strings.Contains(string(r.Body), `"type":8`) {
			checkNoMentions(t, r)
		}
	}
}

func TestAdminCommandsNeedManageServer(t *testing.T) {
	h := start(t, Config{})
	tests := []struct {
		name  string
		user  string
		roles []string
		guild string
		ok    bool
	}{
		{"member", "701", nil, fakediscord.GuildID, false},
		{"moderator role (Manage Server)", "702", []string{fakediscord.ModRoleID}, fakediscord.GuildID, true},
		{"admin role (Administrator)", "703", []string{fakediscord.AdminRoleID}, fakediscord.GuildID, true},
		{"guild owner without roles", fakediscord.OwnerID, nil, fakediscord.GuildID, true},
		{"direct message", "704", nil, "", false},
	}
	for i, tt := range tests {
		p := decodePost(t, h.send("MESSAGE_CREATE", fakediscord.Message(fmt.Sprintf("m%d", i), tt.user, "!feeds add x", tt.guild, tt.roles...), channelPost))
		desc := p.Embeds[0].Description
		if got := desc == "Feeds changed."; got != tt.ok {
			t.Errorf("%s: !feeds answered %q; allowed = %v, want %v", tt.name, desc, got, tt.ok)
		}
		if !tt.ok && !strings.Contains(desc, "Manage Server") {
			t.Errorf("%s: refusal %q does not name the permission", tt.name, desc)
		}
	}
	for i, perms := range []int64{fakediscord.PermMember, fakediscord.PermManageGuild} {
		r := h.send("INTERACTION_CREATE", fakediscord.Command(fmt.Sprintf("i%d", i), "705", "feeds", nil, perms), callback)
		_, p := decodeCallback(t, r)
		allowed := p.Embeds[0].Description == "Feeds changed."
		if allowed != (perms == fakediscord.PermManageGuild) {
			t.Errorf("/feeds with permissions %d: %q", perms, p.Embeds[0].Description)
		}
		if !allowed && p.Flags&64 == 0 {
			t.Errorf("/feeds refusal is public (flags %d); want ephemeral", p.Flags)
		}
	}
}

func TestSlowAnswerIsDeferredThenEdited(t *testing.T) {
	h := start(t, Config{DeferAfter: 20 * time.Millisecond})
	n := h.fake.Len()
	r := h.send("INTERACTION_CREATE", fakediscord.Command("i1", "701", "slow", nil, fakediscord.PermMember), callback)
	if typ, _ := decodeCallback(t, r); typ != 5 {
		t.Fatalf("first callback type %d; want 5 (deferred)", typ)
	}
	checkNoMentions(t, r)
	h.router.release <- struct{}{}
	edit := h.wait(n, editOrig)
	if edit.Path != "/api/v9/webhooks/"+fakediscord.AppID+"/token-i1/messages/@original" {
		t.Errorf("edit path %s", edit.Path)
	}
	checkNoMentions(t, edit)
	if p := decodePost(t, edit); len(p.Embeds) != 1 || p.Embeds[0].Title != "Slow answer" {
		t.Errorf("edit = %s", edit.Body)
	}

	// A slow failure is shown to the caller alone: the public "thinking"
	// response is replaced by an ephemeral follow-up.
	n = h.fake.Len()
	r = h.send("INTERACTION_CREATE", fakediscord.Command("i2", "702", "slow", map[string]string{"x": "fail"}, fakediscord.PermMember), callback)
	if typ, _ := decodeCallback(t, r); typ != 5 {
		t.Fatalf("callback type %d; want 5", typ)
	}
	h.router.release <- struct{}{}
	h.wait(n, deleteOrig)
	f := h.wait(n, followup)
	checkNoMentions(t, f)
	p := decodePost(t, f)
	if p.Flags&64 == 0 || len(p.Embeds) != 1 || !strings.Contains(p.Embeds[0].Description, "Something went wrong") {
		t.Errorf("slow failure follow-up = %s; want an ephemeral short message", f.Body)
	}
	if strings.Contains(string(f.Body), "disk on fire") {
		t.Errorf("the user sees the raw error: %s", f.Body)
	}
	if !strings.Contains(h.log.String(), "disk on fire") {
		t.Errorf("the log lacks the full error:\n%s", h.log.String())
	}
}

func TestErrorsAreShortEphemeralAndLogged(t *testing.T) {
	h := start(t, Config{})
	_, p := decodeCallback(t, h.send("INTERACTION_CREATE", fakediscord.Command("i1", "701", "fail", nil, fakediscord.PermMember), callback))
	if p.Flags&64 == 0 || len(p.Embeds) != 1 || p.Embeds[0].Color != kindColour[commands.Failure] {
		t.Errorf("failure = %+v; want one ephemeral red embed", p)
	}
	if d := p.Embeds[0].Description; strings.Contains(d, "SQL") || strings.Count(d, ".") > 2 {
		t.Errorf("failure shows %q; want a short sentence, no internals", d)
	}
	if !strings.Contains(h.log.String(), "SQL logic error") {
		t.Errorf("the full error is not logged:\n%s", h.log.String())
	}
}

func TestRateLimitedReplyIsRetried(t *testing.T) {
	h := start(t, Config{})
	h.fake.RateLimitOnce("POST", "/api/v9/channels/", 30*time.Millisecond)
	n := h.fake.Len()
	if err := h.fake.Dispatch("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!brief syria", fakediscord.GuildID)); err != nil {
		t.Fatal(err)
	}
	ok := h.wait(n, func(r fakediscord.Request) bool { return channelPost(r) && r.Status == 200 })
	var limited []fakediscord.Request
	for _, r := range h.fake.Requests()[n:] {
		if channelPost(r) && r.Status == 429 {
			limited = append(limited, r)
		}
	}
	if len(limited) != 1 || !bytes.Equal(limited[0].Body, ok.Body) {
		t.Errorf("429 then retry: %d limited requests; want one, with the same body as the retry", len(limited))
	}
	if !strings.Contains(h.log.String(), "rate limited") {
		t.Errorf("the rate limit is not logged:\n%s", h.log.String())
	}
}

func TestCooldownNotesOncePerWindow(t *testing.T) {
	now := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	h := start(t, Config{Cooldown: 5 * time.Second, Now: clock})
	h.send("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!brief a", fakediscord.GuildID), channelPost)
	note := decodePost(t, h.send("MESSAGE_CREATE", fakediscord.Message("m2", "700", "!brief b", fakediscord.GuildID), channelPost))
	if !strings.Contains(note.Content, "Try again in 5 seconds") || len(note.Embeds) != 0 {
		t.Errorf("cooldown note = %+v", note)
	}
	n := h.fake.Len()
	h.fake.Dispatch("MESSAGE_CREATE", fakediscord.Message("m3", "700", "!brief c", fakediscord.GuildID))
	// Another user is not held up; and the third message got no second note.
	other := decodePost(t, h.send("MESSAGE_CREATE", fakediscord.Message("m4", "701", "!brief d", fakediscord.GuildID), channelPost))
	if other.Embeds[0].Title != "Briefing: d" {
		t.Errorf("another user's command = %+v", other)
	}
	for _, r := range h.fake.Requests()[n:] {
		if channelPost(r) && strings.Contains(string(r.Body), `"m3"`) {
			t.Errorf("a second note in the same window: %s", r.Body)
		}
	}
	_, p := decodeCallback(t, h.send("INTERACTION_CREATE", fakediscord.Command("i1", "700", "brief", map[string]string{"topic": "e"}, fakediscord.PermMember), callback))
	if p.Flags&64 == 0 || !strings.Contains(p.Content, "One moment") {
		t.Errorf("slash cooldown = %+v; want an ephemeral note", p)
	}
	mu.Lock()
	now = now.Add(6 * time.Second)
	mu.Unlock()
	if p := decodePost(t, h.send("MESSAGE_CREATE", fakediscord.Message("m5", "700", "!brief f", fakediscord.GuildID), channelPost)); len(p.Embeds) == 0 || p.Embeds[0].Title != "Briefing: f" {
		t.Errorf("after the cooldown = %+v", p)
	}
}

func TestAutocompleteOffersTopics(t *testing.T) {
	h := start(t, Config{})
	r := h.send("INTERACTION_CREATE", fakediscord.Autocomplete("i1", "700", "brief", map[string]string{"topic": "syr"}, "topic"), callback)
	var resp struct {
		Type int `json:"type"`
		Data struct {
			Choices []struct {
				Name  string `json:"name"`
				Value string `json:"value"`
			} `json:"choices"`
		} `json:"data"`
	}
	if err := r.Decode(&resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != 8 || len(resp.Data.Choices) != 3 || resp.Data.Choices[0].Value != "Syria" {
		t.Errorf("autocomplete = %s; want type 8 and three choices (a duplicate dropped)", r.Body)
	}
	for _, c := range resp.Data.Choices {
		if Length(c.Name) > 100 || Length(c.Value) > 100 || c.Name == "" {
			t.Errorf("choice %q is not 1 to 100 characters", c.Name)
		}
	}
	// An option without autocompletion gets an empty list, not nothing.
	r = h.send("INTERACTION_CREATE", fakediscord.Autocomplete("i2", "700", "slow", map[string]string{"x": "a"}, "x"), callback)
	if !strings.Contains(string(r.Body), `"choices":[]`) {
		t.Errorf("autocomplete without suggestions = %s", r.Body)
	}
}

func TestOverlongReplyIsSplitWithinLimits(t *testing.T) {
	h := start(t, Config{})
	n := h.fake.Len()
	h.fake.Dispatch("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!huge", fakediscord.GuildID))
	var msgs []Message
	for range MaxMessages {
		r := h.wait(n, channelPost)
		for i, q := range h.fake.Requests() {
			if q.Method == r.Method && bytes.Equal(q.Body, r.Body) {
				n = i + 1
			}
		}
		checkNoMentions(t, r)
		var m Message
		if err := r.Decode(&m); err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	checkLimits(t, "posted", msgs)
	if f := msgs[len(msgs)-1].Embeds; f[len(f)-1].Footer == nil || !strings.Contains(f[len(f)-1].Footer.Text, "trimmed") {
		t.Errorf("the last message does not say it was trimmed")
	}
}

func TestResumeIsLogged(t *testing.T) {
	h := start(t, Config{})
	h.fake.DropConnection()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := h.fake.WaitReady(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if h.fake.Resumes() != 1 {
		t.Errorf("the bot re-identified instead of resuming")
	}
	// Still answering after the resume.
	h.send("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!brief syria", fakediscord.GuildID), channelPost)
	// discordgo runs event handlers in goroutines of their own, so the
	// disconnect may be logged a moment after the resume.
	for _, want := range []string{"lost the Discord gateway connection", "resumed the Discord gateway session"} {
		for !strings.Contains(h.log.String(), want) {
			if ctx.Err() != nil {
				t.Errorf("log lacks %q:\n%s", want, h.log.String())
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}

func TestShutdownFinishesRepliesInFlight(t *testing.T) {
	h := start(t, Config{})
	n := h.fake.Len()
	h.fake.Dispatch("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!slow", fakediscord.GuildID))
	<-h.router.started
	stopped := make(chan struct{})
	go func() { h.stop(); close(stopped) }()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(h.log.String(), "taking no more commands"); {
		if time.Now().After(deadline) {
			t.Fatal("the bot did not begin shutting down")
		}
		time.Sleep(time.Millisecond)
	}
	// New commands are no longer taken.
	h.fake.Dispatch("MESSAGE_CREATE", fakediscord.Message("m2", "701", "!brief late", fakediscord.GuildID))
	h.router.release <- struct{}{}
	<-stopped
	var replies []string
	for _, r := range h.fake.Requests()[n:] {
		if channelPost(r) {
			replies = append(replies, string(r.Body))
		}
	}
	if len(replies) != 1 || !strings.Contains(replies[0], "Slow answer") {
		t.Errorf("replies after shutdown began: %q; want only the one in flight", replies)
	}
}

func TestShutdownBoundCancelsStuckReplies(t *testing.T) {
	h := start(t, Config{ShutdownTimeout: 50 * time.Millisecond})
	h.fake.Dispatch("MESSAGE_CREATE", fakediscord.Message("m1", "700", "!slow", fakediscord.GuildID))
	<-h.router.started
	start := time.Now()
	h.stop()
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("shutdown took %v with a stuck reply; want the bound", d)
	}
	if !strings.Contains(h.log.String(), "cancelling them") {
		t.Errorf("log lacks the cancellation:\n%s", h.log.String())
	}
}

func TestWrongTokenIsExplained(t *testing.T) {
	t.Parallel()
	fake := fakediscord.New("the-right-token")
	defer fake.Close()
	b, err := New(Config{Token: "the-wrong-token", APIBase: fake.URL}, newTestRouter(nil).Router, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	err = b.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Errorf("Run with a wrong token: %v", err)
	}
	if err != nil && strings.Contains(err.Error(), "the-wrong-token") {
		t.Errorf("the error shows the token: %v", err)
	}
}

func TestParseToken(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"abc.DEF-ghi_jkl", "Bot abc.DEF-ghi_jkl", ""},
		{"  abc.def\n", "Bot abc.def", ""},
		{"Bot abc.def", "Bot abc.def", ""},
		{"bot   abc.def", "Bot abc.def", ""},
		{`"abc.def"`, "Bot abc.def", ""},
		{"x", "Bot x", ""},
		{"", "", "no Discord bot token"},
		{"   ", "", "no Discord bot token"},
		{"Bot ", "", "no Discord bot token"},
		{"Bearer abc", "", "OAuth2 bearer token"},
		{"abc def", "", "white space"},
		{"abc\x00def", "", "control character"},
		{"abc/def", "", "'/'"},
		{"https://discord.com/developers", "", "URL"},
	}
	for _, tt := range tests {
		got, err := ParseToken(tt.in)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ParseToken(%q) = %q, %v; want %q, error containing %q", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil && len(tt.in) > 3 && strings.Contains(err.Error(), strings.TrimSpace(tt.in)) {
			t.Errorf("ParseToken(%q) error shows the token: %v", tt.in, err)
		}
	}
	if _, err := New(Config{}, commands.NewRouter(nil), nil); !errors.Is(err, ErrNoToken) {
		t.Errorf("New without a token: %v; want ErrNoToken", err)
	}
}

func TestCanManageGuild(t *testing.T) {
	g := guildRoles{id: "g", ownerID: "owner"}
	g.roles = append(g.roles, role("g", 0), role("mod", 1<<5), role("admin", 1<<3), role("chat", 1<<11))
	tests := []struct {
		user  string
		roles []string
		want  bool
	}{
		{"owner", nil, true},
		{"u", nil, false},
		{"u", []string{"chat"}, false},
		{"u", []string{"chat", "mod"}, true},
		{"u", []string{"admin"}, true},
		{"u", []string{"unknown"}, false},
	}
	for _, tt := range tests {
		if got := canManageGuild(g, tt.user, tt.roles); got != tt.want {
			t.Errorf("canManageGuild(%s, %v) = %v", tt.user, tt.roles, got)
		}
	}
	// @everyone with Manage Server makes everyone an admin.
	g.roles[0] = role("g", 1<<5)
	if !canManageGuild(g, "u", nil) {
		t.Error("@everyone's permissions are not applied")
	}
}

func TestApplicationCommandsRefuseBadNames(t *testing.T) {
	if _, err := ApplicationCommands([]commands.Command{{Name: "Brief"}}); err == nil {
		t.Error("an upper-case command name was accepted")
	}
	cmds, err := ApplicationCommands([]commands.Command{{Name: "x", Options: []commands.Option{{Name: "opt"}, {Name: "req", Required: true}}}})
	if err != nil {
		t.Fatal(err)
	}
	if cmds[0].Options[0].Name != "req" || cmds[0].Description != "x" || cmds[0].Options[1].Description != "opt" {
		t.Errorf("options %+v; want required first and non-empty descriptions", cmds[0].Options)
	}
}

func role(id string, perms int64) discordgo.Role { return discordgo.Role{ID: id, Permissions: perms} }
