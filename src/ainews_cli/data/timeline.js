
// ainews timeline page. Plain JavaScript, no libraries, no network.
// Every text from the data goes into the page as text nodes (append/textContent), never as HTML.
"use strict";
(function () {
  const DAY_MS = 86400000;
  const LANE_HEIGHT = 40;
  const MIN_BAR = 8;        // px: a weekend or a day-long span stays visible when zoomed out
  const DOT = 13;           // px: a single day is drawn as a dot
  const GAP = 14;           // px between two events in one lane
  const MAX_PX_PER_DAY = 600;
  const MIN_TICK_PX = 52;
  const TYPES = ["founding", "funding", "acquisition", "appointment", "departure", "launch", "partnership",
    "legal", "financial", "other"];
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

  const events = JSON.parse(document.getElementById("timeline-data").textContent);
  const meta = JSON.parse(document.getElementById("timeline-meta").textContent);
  const $ = (id) => document.getElementById(id);
  const viewport = $("viewport"), axis = $("axis"), lanes = $("lanes"), grid = $("grid"), details = $("details");
  const hint = details.firstElementChild;

  // --- dates: whole days since 1970-01-01 (UTC), so no time zone can move an event ---
  function dayOf(year, month, day) {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return Math.round(date.getTime() / DAY_MS);
  }
  function parseDay(iso) {
    const [year, month, day] = iso.split("-").map(Number);
    return dayOf(year, month, day);
  }
  function partsOf(day) {
    const date = new Date(day * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
      weekday: date.getUTCDay() };
  }
  const longDate = (p) => `${WEEKDAYS[p.weekday]} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;

  function h(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.append(...children);
    return node;
  }
  const typeClass = (type) => "t-" + (TYPES.includes(type) ? type : "other");

  // --- the items: one per event, drawn over the days its date really covers ---
  const items = events.map((event, index) => ({
    event, index,
    first: parseDay(event.start),
    end: parseDay(event.end) + 1,               // exclusive
    point: event.granularity === "day",
    langs: new Set(event.sources.map((s) => s.lang)),
    names: new Set(event.entities.map((e) => e.name)),
    el: null, bar: null, label: null, labelWidth: 0,
  }));
  // fitted: the view is still the one Fit chose, so a resize fits again.
  const state = { entity: "", lang: "", hiddenTypes: new Set(), left: 0, pxPerDay: 1, selected: null, fitted: true };

  function countBy(list) {
    const counts = new Map();
    for (const key of list) counts.set(key, (counts.get(key) || 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }

  function buildSummary() {
    const docs = new Set(events.flatMap((e) => e.sources.map((s) => s.doc)));
    const langs = countBy(events.flatMap((e) => [...new Set(e.sources.map((s) => s.lang))]));
    const parts = [`${events.length} event${events.length === 1 ? "" : "s"} from ${docs.size} document${docs.size === 1 ? "" : "s"}`];
    if (events.length) {
      parts.push(`${events[0].date} to ${events[events.length - 1].date}`);
      parts.push("languages: " + langs.map(([lang]) => lang).join(", "));
    }
    const filters = Object.entries(meta.filters || {}).map(([key, value]) => `--${key} ${value}`);
    if (filters.length) parts.push("built with " + filters.join(" "));
    $("summary").textContent = parts.join(" · ");
  }

  function buildFilters() {
    const entitySelect = $("filter-entity"), langSelect = $("filter-lang");
    for (const [name, count] of countBy(events.flatMap((e) => e.entities.map((x) => x.name)))) {
      entitySelect.append(new Option(`${name} (${count})`, name));
    }
    for (const [lang, count] of countBy(items.flatMap((item) => [...item.langs]))) {
      langSelect.append(new Option(`${lang} (${count})`, lang));
    }
    entitySelect.addEventListener("change", () => { state.entity = entitySelect.value; render(); });
    langSelect.addEventListener("change", () => { state.lang = langSelect.value; render(); });
  }

  function buildLegend() {
    const legend = $("legend");
    const present = countBy(events.map((e) => e.type));
    const rank = (type) => (TYPES.includes(type) ? TYPES.indexOf(type) : TYPES.length);  // unknown types last
    present.sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1));
    for (const [type, count] of present) {
      const button = h("button", "type " + typeClass(type), h("span", "swatch"), `${type} (${count})`);
      button.type = "button";
      button.dataset.type = type;
      button.setAttribute("aria-pressed", "true");
      button.title = "Show or hide this type";
      button.addEventListener("click", () => {
        const hidden = !state.hiddenTypes.has(type);
        if (hidden) state.hiddenTypes.add(type); else state.hiddenTypes.delete(type);
        button.setAttribute("aria-pressed", String(!hidden));
        render();
      });
      legend.append(button);
    }
    legend.append(h("span", "sep"),
      h("span", "key", h("span", "bar"), "the year, month or weekend the sources name (no day is invented)"),
      h("span", "key", h("span", "dot"), "a single day"));
  }

  function buildEvents() {
    for (const item of items) {
      const event = item.event;
      const el = h("button", `event ${typeClass(event.type)} g-${event.granularity}`);
      el.type = "button";
      el.dataset.index = String(item.index);
      el.dataset.date = event.date;
      el.dataset.granularity = event.granularity;
      el.title = `${event.date} (${event.granularity}) · ${event.type}\n${event.headline}\n${event.text}`;
      item.label = h("span", "label", h("span", "when", event.date), event.headline || event.text);
      item.bar = h("span", item.point ? "dot" : "bar");
      el.append(item.label, item.bar);
      el.addEventListener("click", () => { if (!drag.moved) select(item); });
      item.el = el;
      lanes.append(el);
    }
    for (const item of items) item.labelWidth = item.label.offsetWidth;  // one layout for all
  }

  const isVisible = (item) => (!state.entity || item.names.has(state.entity))
    && (!state.lang || item.langs.has(state.lang)) && !state.hiddenTypes.has(item.event.type);

  // --- layout: x from the date, lanes packed so labels never overlap ---
  function render() {
    const width = viewport.clientWidth;
    const x = (day) => (day - state.left) * state.pxPerDay;
    const top = viewport.scrollTop - axis.offsetHeight - LANE_HEIGHT, bottom = top + viewport.clientHeight + LANE_HEIGHT;
    const laneEnds = [];
    let shown = 0;
    for (const item of items) {
      const visible = isVisible(item);
      item.el.hidden = !visible;
      if (!visible) continue;
      shown += 1;
      const start = x(item.first), stop = x(item.end);
      const barLeft = item.point ? (start + stop) / 2 - DOT / 2 : start;
      const barWidth = item.point ? DOT : Math.max(MIN_BAR, stop - start);
      const right = barLeft + Math.max(barWidth, item.labelWidth);
      let lane = laneEnds.findIndex((end) => end + GAP <= barLeft);
      if (lane < 0) lane = laneEnds.push(right) - 1; else laneEnds[lane] = right;
      // Lay out only what is on or near the screen: thousands of events stay quick to zoom,
      // and a century at day scale would be millions of pixels wide.
      const y = lane * LANE_HEIGHT + 6;
      const offscreen = right < -50 || barLeft > width + 50 || y < top || y > bottom;
      if (item.el.classList.contains("off") !== offscreen) item.el.classList.toggle("off", offscreen);
      if (offscreen) continue;
      const drawLeft = Math.max(barLeft, -50), drawRight = Math.max(drawLeft + 1, Math.min(right, width + 50));
      item.el.style.left = drawLeft + "px";
      item.el.style.top = y + "px";
      item.el.style.width = drawRight - drawLeft + "px";
      item.bar.style.left = barLeft - drawLeft + "px";
      if (!item.point) item.bar.style.width = Math.min(barWidth, drawRight - barLeft + 50) + "px";
      // A long span keeps its label on screen while it is panned past the left edge.
      const labelLeft = barLeft < 0 ? Math.max(barLeft, Math.min(0, barLeft + barWidth - item.labelWidth)) : barLeft;
      item.label.style.left = labelLeft - drawLeft + "px";
    }
    lanes.style.height = Math.max(1, laneEnds.length) * LANE_HEIGHT + 16 + "px";
    $("count").textContent = `${shown} of ${events.length} events shown`;
    viewport.dataset.pxPerDay = state.pxPerDay.toFixed(4);
    viewport.dataset.leftDay = state.left.toFixed(2);
    $("zoom-range").value = String(Math.round(1000 * Math.log(state.pxPerDay / minPxPerDay())
      / Math.log(MAX_PX_PER_DAY / minPxPerDay())));
    renderAxis(width);
  }

  // --- the axis: the coarsest unit whose ticks are at least MIN_TICK_PX apart ---
  const STEPS = [["day", 1], ["day", 7], ["month", 1], ["month", 3], ["month", 6], ["year", 1], ["year", 2],
    ["year", 5], ["year", 10], ["year", 25], ["year", 50], ["year", 100]];
  const UNIT_DAYS = { day: 1, month: 30.44, year: 365.25 };

  function floorTo(unit, n, day) {
    const p = partsOf(day);
    if (unit === "year") return dayOf(Math.floor(p.year / n) * n, 1, 1);
    if (unit === "month") return dayOf(p.year, Math.floor((p.month - 1) / n) * n + 1, 1);
    return n === 7 ? Math.floor(day) - (p.weekday + 6) % 7 : Math.floor(day);   // weeks start on Monday
  }
  function next(unit, n, day) {
    const p = partsOf(day);
    if (unit === "year") return dayOf(p.year + n, 1, 1);
    if (unit === "month") return dayOf(p.year, p.month + n, 1);
    return day + n;
  }
  function ticks(unit, n, from, to) {
    const out = [];
    for (let day = floorTo(unit, n, from); day <= to; day = next(unit, n, day)) out.push(day);
    return out;
  }
  function minorLabel(unit, n, p) {
    if (unit === "year") return String(p.year);
    if (unit === "month") return MONTHS[p.month - 1].slice(0, 3);
    return n === 1 ? `${WEEKDAYS[p.weekday].slice(0, 3)} ${p.day}` : `${p.day} ${MONTHS[p.month - 1].slice(0, 3)}`;
  }

  function renderAxis(width) {
    const [unit, n] = STEPS.find(([u, k]) => UNIT_DAYS[u] * k * state.pxPerDay >= MIN_TICK_PX) || STEPS[STEPS.length - 1];
    // The axis ends at the last day an event shown covers, not at the edge of the room
    // its label needs.
    const visible = items.filter(isVisible);
    const last = dataRange(visible.length ? visible : items)[1] - 1;
    const from = state.left, to = Math.min(state.left + width / state.pxPerDay, last);
    const x = (day) => (day - state.left) * state.pxPerDay;
    axis.dataset.unit = `${n} ${unit}`;
    axis.replaceChildren();
    grid.replaceChildren();
    for (const day of ticks(unit, n, from, to)) {
      if (x(day) >= 0) {                                   // no half-cut label at the left edge
        const label = h("span", "minor", minorLabel(unit, n, partsOf(day)));
        label.style.left = x(day) + "px";
        axis.append(label);
      }
      const line = h("span", "line");
      line.style.left = x(day) + "px";
      grid.append(line);
    }
    // The row above names the larger unit: years over months, months over days.
    const major = unit === "year" ? null : unit === "month" ? "year" : "month";
    axis.classList.toggle("single", !major);
    if (!major) return;
    const majors = ticks(major, 1, from, to);
    majors.forEach((day, i) => {
      const p = partsOf(day);
      const label = h("span", "major", major === "year" ? String(p.year) : `${MONTHS[p.month - 1]} ${p.year}`);
      axis.append(label);
      // The first one stays readable at the left edge until the next one pushes it away.
      const nextX = i + 1 < majors.length ? x(majors[i + 1]) : width;
      const left = i === 0 ? Math.min(Math.max(x(day), 0), nextX - label.offsetWidth - 6) : x(day);
      if (left < 0) label.remove(); else label.style.left = left + "px";
      if (day >= from) {
        const line = h("span", "line major");
        line.style.left = x(day) + "px";
        grid.append(line);
      }
    });
  }

  // --- zoom and pan ---
  function dataRange(list) {
    if (!list.length) return [dayOf(2000, 1, 1), dayOf(2001, 1, 1)];
    return list.reduce(([first, end], item) => [Math.min(first, item.first), Math.max(end, item.end)], [Infinity, -Infinity]);
  }
  function minPxPerDay() {
    const [first, end] = dataRange(items);
    return Math.min(viewport.clientWidth / (Math.max(end - first, 30) * 4), MAX_PX_PER_DAY / 2);
  }
  function clampView() {
    state.pxPerDay = Math.min(MAX_PX_PER_DAY, Math.max(minPxPerDay(), state.pxPerDay));
    const [first, end] = dataRange(items);
    const span = viewport.clientWidth / state.pxPerDay;
    state.left = Math.min(end - span * 0.1, Math.max(first - span * 0.9, state.left));
  }
  function zoomAt(factor, px) {
    const day = state.left + px / state.pxPerDay;      // the day under the pointer stays put
    state.pxPerDay *= factor;
    clampView();
    state.left = day - px / state.pxPerDay;
    clampView();
    state.fitted = false;
    render();
  }
  function panBy(px) {
    state.left -= px / state.pxPerDay;
    clampView();
    state.fitted = false;
    render();
  }
  function fit() {
    const visible = items.filter(isVisible);
    const [first, end] = dataRange(visible.length ? visible : items);
    const width = viewport.clientWidth - 24;
    // The largest scale at which every event, label included, fits between the edges.
    state.pxPerDay = (visible.length ? visible : items).reduce((px, item) => {
      const room = width - Math.max(DOT, item.labelWidth);
      return item.first > first && room > width / 2 ? Math.min(px, room / (item.first - first)) : px;
    }, width / Math.max(end - first, 1));
    clampView();
    state.left = first - 16 / state.pxPerDay;
    clampView();
    state.fitted = true;
    render();
  }

  const drag = { pointers: new Map(), moved: false, lastX: 0, lastDistance: 0 };
  function pointerSpread() {
    const [a, b] = [...drag.pointers.values()];
    return { distance: Math.abs(a.x - b.x), middle: (a.x + b.x) / 2 };
  }
  function installControls() {
    const rect = () => viewport.getBoundingClientRect();
    $("zoom-in").addEventListener("click", () => zoomAt(1.6, viewport.clientWidth / 2));
    $("zoom-out").addEventListener("click", () => zoomAt(1 / 1.6, viewport.clientWidth / 2));
    $("zoom-fit").addEventListener("click", fit);
    $("zoom-range").addEventListener("input", (e) => {
      const min = minPxPerDay();
      const wanted = min * Math.pow(MAX_PX_PER_DAY / min, Number(e.target.value) / 1000);
      zoomAt(wanted / state.pxPerDay, viewport.clientWidth / 2);
    });
    viewport.addEventListener("wheel", (e) => {
      const sideways = e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY);
      if (sideways) { e.preventDefault(); panBy(-(e.deltaX || e.deltaY)); return; }
      e.preventDefault();                                  // a trackpad pinch arrives as ctrl+wheel
      zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), e.clientX - rect().left);
    }, { passive: false });
    viewport.addEventListener("pointerdown", (e) => {
      drag.pointers.set(e.pointerId, { x: e.clientX });
      drag.moved = false;
      drag.lastX = e.clientX;
      if (drag.pointers.size === 2) drag.lastDistance = pointerSpread().distance;
    });
    viewport.addEventListener("pointermove", (e) => {
      if (!drag.pointers.has(e.pointerId)) return;
      drag.pointers.set(e.pointerId, { x: e.clientX });
      if (drag.pointers.size === 2) {                    // pinch: zoom by the change of finger distance
        const { distance, middle } = pointerSpread();
        if (drag.lastDistance > 0 && distance > 0) zoomAt(distance / drag.lastDistance, middle - rect().left);
        drag.lastDistance = distance;
        drag.moved = true;
        return;
      }
      const dx = e.clientX - drag.lastX;
      if (!drag.moved && Math.abs(dx) < 4) return;         // a click, not a drag
      if (!drag.moved) { viewport.setPointerCapture(e.pointerId); viewport.classList.add("dragging"); }
      drag.moved = true;
      drag.lastX = e.clientX;
      panBy(dx);
    });
    const release = (e) => {
      drag.pointers.delete(e.pointerId);
      viewport.classList.remove("dragging");
      setTimeout(() => { if (!drag.pointers.size) drag.moved = false; }, 0);
    };
    viewport.addEventListener("pointerup", release);
    viewport.addEventListener("pointercancel", release);
    viewport.addEventListener("keydown", (e) => {
      const centre = viewport.clientWidth / 2;
      const actions = { "+": () => zoomAt(1.6, centre), "=": () => zoomAt(1.6, centre), "-": () => zoomAt(1 / 1.6, centre),
        "0": fit, ArrowLeft: () => panBy(120), ArrowRight: () => panBy(-120), Escape: () => select(null) };
      if (actions[e.key] && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); actions[e.key](); }
    });
    viewport.addEventListener("scroll", () => render(), { passive: true });
    window.addEventListener("resize", () => { if (state.fitted) fit(); else { clampView(); render(); } });
  }

  // --- the details panel: where each source says it, and how its date was read ---
  function describeDate(event) {
    const first = partsOf(parseDay(event.start)), last = partsOf(parseDay(event.end));
    switch (event.granularity) {
      case "day": return longDate(first);
      case "month": return `${MONTHS[first.month - 1]} ${first.year}`;
      case "year": return String(first.year);
      case "weekend": return `the weekend of ${longDate(first)} and ${longDate(last)}`;
      default: return `${event.date} (${event.start} to ${event.end})`;
    }
  }
  function precisionNote(event) {
    if (event.granularity === "day") return "Precision: day.";
    return `Precision: ${event.granularity}, ${event.start} to ${event.end}; the sources name no finer date.`;
  }
  function describeAnchor(anchor) {
    if (!anchor) return "none needed: the phrase names the date itself";
    if (anchor.source === "published") return `the document's publication date, ${anchor.value}`;
    if (anchor.source === "filed") return `the day the story's dateline says it was filed, ${anchor.value}`;
    if (anchor.source === "mentioned") {
      return `an earlier date in the text, ${anchor.value}` + (anchor.text ? ` (“${anchor.text}”)` : "");
    }
    return `${anchor.source} ${anchor.value}`;
  }

  // The sentence with its date phrase marked and its trigger word in bold.
  function sentenceNodes(source) {
    const text = source.sentence;
    const ranges = [];
    let at = source.date_start - source.start;
    if (text.substr(at, source.date_text.length) !== source.date_text) at = text.indexOf(source.date_text);
    if (at >= 0) ranges.push([at, at + source.date_text.length, "mark", "date"]);
    if (source.trigger) {
      const found = text.indexOf(source.trigger);
      const end = found + source.trigger.length;
      if (found >= 0 && !ranges.some(([a, b]) => found < b && end > a)) ranges.push([found, end, "span", "trigger"]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const nodes = [];
    let done = 0;
    for (const [a, b, tag, cls] of ranges) {
      nodes.push(text.slice(done, a), h(tag, cls, text.slice(a, b)));
      done = b;
    }
    nodes.push(text.slice(done));
    return nodes;
  }

  function row(term, ...value) { return [h("dt", "", term), h("dd", "", ...value)]; }

  function select(item) {
    if (state.selected) state.selected.el.classList.remove("selected");
    state.selected = item;
    if (!item) {
      details.replaceChildren(hint);
      return;
    }
    item.el.classList.add("selected");
    const event = item.event;
    details.className = typeClass(event.type);
    const entities = h("div", "entities");
    for (const entity of event.entities) {
      const button = h("button", "", entity.name);
      button.type = "button";
      button.title = `${entity.type}: show only events with ${entity.name}`;
      button.addEventListener("click", () => {
        $("filter-entity").value = entity.name;
        state.entity = entity.name;
        render();
      });
      entities.append(button);
    }
    const parts = [
      h("h2", "", describeDate(event)),
      h("div", "", h("span", "chip", event.type), event.date),
      h("p", "precision", precisionNote(event)),
      entities,
      h("h3", "", `Sources (${event.sources.length})`),
    ];
    for (const source of event.sources) {
      parts.push(h("div", "source",
        h("div", "", h("span", "lang", source.lang), h("span", "doc", source.doc)),
        h("blockquote", "sentence", ...sentenceNodes(source)),
        h("dl", "", ...row("date phrase", `“${source.date_text}” → ${source.date_value}`),
          ...row("anchor", describeAnchor(source.anchor)),
          ...row("characters", `${source.start}–${source.end} in the document's body`),
          ...(source.trigger ? row("event word", source.trigger) : []))));
    }
    if (event.conflicts && event.conflicts.length) {
      parts.push(h("h3", "", "Conflicts"),
        h("ul", "conflicts", ...event.conflicts.map((c) => h("li", "", typeof c === "string" ? c : JSON.stringify(c)))));
    }
    if (event.merged_because && event.merged_because.length) {
      parts.push(h("h3", "", "Merged because"), h("ul", "why", ...event.merged_because.map((w) => h("li", "", w))));
    }
    details.replaceChildren(...parts);
    details.scrollTop = 0;
  }

  buildSummary();
  if (!events.length) {
    lanes.append(h("p", "empty", "No dated events. Documents without a publication date keep their relative "
      + "dates unanchored; see `ainews extract`."));
    for (const id of ["zoom-in", "zoom-out", "zoom-fit", "zoom-range", "filter-entity", "filter-lang"]) $(id).disabled = true;
    return;
  }
  buildFilters();
  buildLegend();
  buildEvents();
  installControls();
  fit();
})();
