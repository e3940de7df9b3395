function validateDocUpdate(newDoc, oldDoc, userCtx, secObj) {
  /*
   * The office's shared 台账 database: who may write what. Plain ES5 for CouchDB 3's JavaScript
   * engine; the set-up command puts this file's text into _design/forumwatch. Document model and
   * roles: docs/team-sync.md. A refusal's reason is shown to the user as it is. Nothing may come
   * before the first line: pouchdb-server evaluates "return " + this text.
   */
  var OFFICE = 'fw-office';
  var DEPT_PREFIX = 'fw-dept:';
  var EVENT_TYPES = ['capture', 'update', 'status', 'assign', 'note', 'fix', 'reply', 'followup', 'draft', 'approval', 'pause', 'resume'];
  var roles = (userCtx && userCtx.roles) || [];

  function has(list, value) {
    for (var i = 0; i < list.length; i++) if (list[i] === value) return true;
    return false;
  }

  /* Not obj.hasOwnProperty(key): a uid or field named "hasOwnProperty" would hide it. */
  function owns(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
  }

  function refuse(zh, en) {
    throw { forbidden: zh + ' / ' + en };
  }

  function isDatabaseAdmin() {
    if (has(roles, '_admin')) return true;
    var admins = (secObj && secObj.admins) || {};
    if (has(admins.names || [], userCtx.name)) return true;
    for (var i = 0; i < roles.length; i++) if (has(admins.roles || [], roles[i])) return true;
    return false;
  }

  function departmentsOf() {
    var names = [];
    for (var i = 0; i < roles.length; i++) {
      if (roles[i].indexOf(DEPT_PREFIX) === 0) names.push(roles[i].slice(DEPT_PREFIX.length));
    }
    return names;
  }

  /* Key order does not matter: a replicated event may come back with its fields in another order. */
  function sameValue(a, b) {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
    var key;
    for (key in a) if (owns(a, key) && (!owns(b, key) || !sameValue(a[key], b[key]))) return false;
    for (key in b) if (owns(b, key) && !owns(a, key)) return false;
    return true;
  }

  function checkEvents(events) {
    if (Object.prototype.toString.call(events) !== '[object Array]') {
      refuse('条目缺少处理记录（events）', 'An entry must carry its history (events)');
    }
    var seen = {};
    for (var i = 0; i < events.length; i++) {
      var e = events[i];
      if (!e || typeof e.uid !== 'string' || !e.uid || typeof e.seq !== 'number' || e.seq < 1 || e.seq % 1 !== 0 ||
          typeof e.at !== 'string' || !e.at || typeof e.actor !== 'string' || !has(EVENT_TYPES, e.type)) {
        refuse('处理记录第 ' + (i + 1) + ' 条不完整（需要 uid、seq、at、type、actor）',
          'History event ' + (i + 1) + ' is incomplete (uid, seq, at, type and actor are required)');
      }
      if (owns(seen, e.uid)) refuse('处理记录重复：' + e.uid, 'History event recorded twice: ' + e.uid);
      seen[e.uid] = e;
    }
    return seen;
  }

  /* The events this update adds; refuses one that drops or rewrites an old event. */
  function addedEvents(newEvents, oldEvents) {
    var byUid = checkEvents(newEvents);
    for (var i = 0; i < oldEvents.length; i++) {
      var kept = owns(byUid, oldEvents[i].uid) ? byUid[oldEvents[i].uid] : null;
      if (!kept) refuse('不能删除处理记录', 'History events cannot be removed');
      if (!sameValue(kept, oldEvents[i])) refuse('不能修改已有的处理记录', 'Recorded history events cannot be changed');
    }
    var oldUids = {};
    for (var j = 0; j < oldEvents.length; j++) oldUids[oldEvents[j].uid] = true;
    var added = [];
    for (var k = 0; k < newEvents.length; k++) if (!owns(oldUids, newEvents[k].uid)) added.push(newEvents[k]);
    return added;
  }

  function checkMemberChange(doc, old, added) {
    var mine = departmentsOf();
    if (!has(mine, old.department)) {
      refuse('只能处理分派给本部门的条目', 'Only entries assigned to your own department can be changed');
    }
    for (var i = 0; i < added.length; i++) {
      var e = added[i];
      if (e.to === 'closed') refuse('只有局办公室可以办结条目', 'Only the office may close an entry');
      if (e.to === 'escalated') refuse('只有局办公室可以上报领导', 'Only the office may escalate an entry');
      if (e.type === 'assign') refuse('只有局办公室可以分派条目', 'Only the office may assign an entry');
    }
    if (doc.status === 'closed' && old.status !== 'closed') refuse('只有局办公室可以办结条目', 'Only the office may close an entry');
    if (doc.status === 'escalated' && old.status !== 'escalated') refuse('只有局办公室可以上报领导', 'Only the office may escalate an entry');
    if (!sameValue(doc.escalation, old.escalation)) refuse('只有局办公室可以修改抄告单', 'Only the office may change an escalation memo');
    if (doc.department !== old.department) refuse('只有局办公室可以分派条目', 'Only the office may assign an entry');
  }

  function checkCapture(doc) {
    if (doc.events.length !== 1 || doc.events[0].type !== 'capture' || doc.status !== 'new') {
      refuse('新条目只能是一次登记（一条登记记录，状态为新登记）',
        'A new entry must be a capture (one capture event, status new)');
    }
  }

  /*
   * A member's tombstone is accepted only as the end of a conflict resolution: it names the
   * revision its branch was merged into and keeps every event of the revision it replaces, so the
   * history survives even if it ends the last branch (docs/team-sync.md says what that leaves open).
   */
  function checkTombstone(doc, old) {
    if (typeof doc.mergedInto !== 'string' || !/^[1-9][0-9]*-[0-9a-f]+$/.test(doc.mergedInto) || !old || old._deleted) {
      refuse('台账条目不能删除', 'Ledger entries cannot be deleted');
    }
    if (doc._id !== 'entry:' + doc.key) refuse('条目编号与内容不符', "The entry's id does not match its key");
    addedEvents(doc.events, old.events || []);
  }

  function checkEntry(doc, old, office) {
    if (doc._id !== 'entry:' + doc.key) refuse('条目编号与内容不符', "The entry's id does not match its key");
    if (!old || old._deleted) {
      checkEvents(doc.events);
      if (!office) checkCapture(doc);
      return;
    }
    var added = addedEvents(doc.events, old.events || []);
    if (!office) checkMemberChange(doc, old, added);
  }

  if (isDatabaseAdmin()) return;
  if (!has(roles, 'fw-member')) refuse('没有使用共享台账的权限', 'You are not a member of the shared ledger');
  var office = has(roles, OFFICE);
  var id = newDoc._id;

  if (id === 'settings:office') {
    if (!office) refuse('只有局办公室可以修改共享设置', 'Only the office may change the shared settings');
    return;
  }
  if (id.indexOf('entry:') === 0) {
    if (newDoc._deleted) checkTombstone(newDoc, oldDoc);
    else checkEntry(newDoc, oldDoc, office);
    return;
  }
  refuse('共享台账里只能保存台账条目和共享设置', 'The shared ledger holds only ledger entries and the shared settings');
}
