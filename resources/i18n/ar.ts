<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BackgroundPage</name>
    <message>
        <source>Ask each question and record the answer as given. Any “yes” is flagged for the reviewer; explain it below.</source>
        <translation type="unfinished">اطرح كل سؤال وسجّل الإجابة كما قيلت. كل «نعم» تُعلَّم للمراجِع؛ اشرحها أدناه.</translation>
    </message>
    <message>
        <source>Background questions (Form I-131)</source>
        <translation type="unfinished">أسئلة الخلفية (Form I-131)</translation>
    </message>
    <message>
        <source>If yes: what happened, when, where, and the outcome</source>
        <translation type="unfinished">إذا كانت الإجابة نعم: ماذا حدث، ومتى، وأين، وما النتيجة</translation>
    </message>
    <message>
        <source>Explanation of this “yes”</source>
        <translation type="unfinished">شرح هذه الـ«نعم»</translation>
    </message>
    <message>
        <source>For every “yes”: what happened, when, where, and the outcome.</source>
        <translation type="unfinished">لكل «نعم»: ماذا حدث، ومتى، وأين، وما النتيجة.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished">الشرح</translation>
    </message>
    <message>
        <source>Has the beneficiary ever been arrested, charged or convicted of a crime anywhere?</source>
        <translation type="unfinished">هل سبق أن اعتُقل المستفيد أو اتُّهم أو أُدين بجريمة في أي مكان؟</translation>
    </message>
    <message>
        <source>Has the beneficiary ever violated US immigration law (e.g. overstayed)?</source>
        <translation type="unfinished">هل سبق أن خالف المستفيد قانون الهجرة الأمريكي (مثلًا تجاوز مدة الإقامة)؟</translation>
    </message>
    <message>
        <source>Is the beneficiary now in removal proceedings in the US?</source>
        <translation type="unfinished">هل المستفيد الآن في إجراءات ترحيل (removal proceedings) في الولايات المتحدة؟</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished">لم تتم الإجابة بعد</translation>
    </message>
    <message>
        <source>Was the beneficiary ever refused a US visa?</source>
        <translation type="unfinished">هل سبق أن رُفضت للمستفيد تأشيرة أمريكية؟</translation>
    </message>
    <message>
        <source>Was the beneficiary ever removed or deported from the US?</source>
        <translation type="unfinished">هل سبق أن رُحِّل المستفيد أو أُبعد من الولايات المتحدة؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search cases by name or passport number</source>
        <translation>البحث في القضايا بالاسم أو رقم جواز السفر</translation>
    </message>
    <message>
        <source>Search names or passport numbers (Ctrl+F)</source>
        <translation>ابحث بالأسماء أو أرقام جوازات السفر (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>تصفية حسب السبب</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>كل الأسباب</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>تصفية حسب الجهة</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل الجهات</translation>
    </message>
    <message numerus="yes">
        <source>Key date within %n day(s)</source>
        <translation>
            <numerusform>تاريخ رئيسي اليوم</numerusform>
            <numerusform>تاريخ رئيسي خلال يوم واحد</numerusform>
            <numerusform>تاريخ رئيسي خلال يومين</numerusform>
            <numerusform>تاريخ رئيسي خلال %n أيام</numerusform>
            <numerusform>تاريخ رئيسي خلال %n يومًا</numerusform>
            <numerusform>تاريخ رئيسي خلال %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>لا قضايا</numerusform>
            <numerusform>قضية واحدة</numerusform>
            <numerusform>قضيتان</numerusform>
            <numerusform>%Ln قضايا</numerusform>
            <numerusform>%Ln قضية</numerusform>
            <numerusform>%Ln قضية</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>غير جاهزة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>لا توجد قضية تطابق البحث والمرشّحات.</translation>
    </message>
    <message>
        <source>No cases yet. Choose File → New case (Ctrl+N) to start a request.</source>
        <translation>لا توجد قضايا بعد. اختر ملف ← قضية جديدة (Ctrl+N) لبدء طلب.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(بلا اسم)</translation>
    </message>
    <message>
        <source>{status} ⚠ conflict</source>
        <translation type="unfinished">{status} ⚠ تعارض</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished">لم يُفحص</translation>
    </message>
    <message>
        <source>{date} ⚠ expired</source>
        <translation type="unfinished">{date} ⚠ منتهٍ</translation>
    </message>
    <message>
        <source>{date} ⚠ {days} d</source>
        <translation type="unfinished">{date} ⚠ {days} يوم</translation>
    </message>
    <message>
        <source>Parole expires soon: talk to the beneficiary about re-parole in time.</source>
        <translation type="unfinished">الإفراج المشروط (parole) ينتهي قريبًا: تحدّث مع المستفيد عن تجديده (re-parole) في الوقت المناسب.</translation>
    </message>
    <message>
        <source>Two laptops changed this case differently: open it to choose which value to keep.</source>
        <translation type="unfinished">غيّر حاسوبان هذه القضية بطريقتين مختلفتين: افتحها لتختار القيمة التي تبقى.</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished">مولود في {date}</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">المستفيد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation type="unfinished">مجموعة العائلة</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">التاريخ الرئيسي</translation>
    </message>
    <message>
        <source>Parole expiry</source>
        <translation type="unfinished">انتهاء الإفراج المشروط</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished">الجاهزية</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>← Cases</source>
        <translation>→ القضايا</translation>
    </message>
    <message>
        <source>Removed…</source>
        <translation type="unfinished">المحذوفات…</translation>
    </message>
    <message>
        <source>People and documents removed from this case, kept until it is signed off: put one back</source>
        <translation type="unfinished">الأشخاص والمستندات المحذوفة من هذه القضية، محفوظة حتى اعتمادها: أعِد أحدها</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(بلا اسم)</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished">حُذف {name}.</translation>
    </message>
    <message>
        <source>a parole</source>
        <translation type="unfinished">إفراج مشروط</translation>
    </message>
    <message>
        <source>Removed the parole {what}.</source>
        <translation type="unfinished">حُذف الإفراج المشروط {what}.</translation>
    </message>
    <message>
        <source>Removed the document “{title}”.</source>
        <translation type="unfinished">حُذف المستند «{title}».</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished">لم يُحفظ: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">لم يُحفظ</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Not saved: {field} — {why}</source>
        <translation type="unfinished">لم يُحفظ: {field} — {why}</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished">قيمة غير صالحة</translation>
    </message>
    <message>
        <source>This case had input that was not saved when the vault locked. It was kept encrypted in the vault and is back in the fields: check it.</source>
        <translation type="unfinished">كانت في هذه القضية بيانات لم تُحفظ عند قفل الخزنة. حُفظت مشفّرةً في الخزنة وعادت إلى الحقول: تحقّق منها.</translation>
    </message>
    <message>
        <source>Unsaved input restored</source>
        <translation type="unfinished">استُعيدت البيانات غير المحفوظة</translation>
    </message>
    <message>
        <source>Saving soon…</source>
        <translation type="unfinished">الحفظ بعد قليل…</translation>
    </message>
    <message>
        <source>the exhibits</source>
        <translation type="unfinished">المرفقات</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation type="unfinished">أدخل اسم فرد العائلة أولًا.</translation>
    </message>
    <message>
        <source>Case {n} was started for {name}, with the shared details copied. Both requests are in one family group.</source>
        <translation type="unfinished">بدأت القضية {n} لـ {name}، مع نسخ البيانات المشتركة. الطلبان في مجموعة عائلة واحدة.</translation>
    </message>
    <message>
        <source>Family member&apos;s request</source>
        <translation type="unfinished">طلب فرد العائلة</translation>
    </message>
    <message>
        <source>Checking the request and every attached file…</source>
        <translation type="unfinished">جارٍ فحص الطلب وكل ملف مرفق…</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation type="unfinished">جارٍ تشغيل الفحوصات</translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished">ملغى</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>لا شيء للتصحيح</numerusform>
            <numerusform>واحد للتصحيح</numerusform>
            <numerusform>اثنان للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished">(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوصات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Reason and statement</source>
        <translation>السبب والإفادة</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>المراجعة والاعتماد</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished">الملاحظة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">القاعدة</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished">المرجع</translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to go to the field it is about.</source>
        <translation type="unfinished">انقر نقرًا مزدوجًا على ملاحظة (أو اضغط Enter) للانتقال إلى الحقل المعني.</translation>
    </message>
    <message>
        <source>Run checks again</source>
        <translation type="unfinished">إعادة الفحص</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules pack {id} {version}&lt;/b&gt;, as of {as_of}.&lt;br&gt;Checks tell you what is missing; the reviewer decides. Nothing here is legal advice.</source>
        <translation type="unfinished">&lt;b&gt;حزمة القواعد {id} {version}&lt;/b&gt;، بتاريخ {as_of}.&lt;br&gt;تبيّن الفحوصات ما ينقص؛ والقرار للمراجِع. لا شيء هنا استشارة قانونية.</translation>
    </message>
    <message>
        <source>{f} to fix before review · {w} warning(s)</source>
        <translation type="unfinished">{f} للتصحيح قبل المراجعة · التحذيرات: {w}</translation>
    </message>
    <message>
        <source>Nothing blocks review · {w} warning(s). The reviewer decides.</source>
        <translation type="unfinished">لا شيء يمنع المراجعة · التحذيرات: {w}. القرار للمراجِع.</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation type="unfinished">{label} ({n})</translation>
    </message>
    <message>
        <source>  [verify before filing]</source>
        <translation type="unfinished">  [تحقّق قبل التقديم]</translation>
    </message>
    <message>
        <source>Verify before filing: figures in the rules pack ({n})</source>
        <translation type="unfinished">تحقّق قبل التقديم: أرقام في حزمة القواعد ({n})</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation type="unfinished">للعلم</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation type="unfinished">يجب تصحيحه</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished">تحذيرات</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished">الحقل</translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished">الأصل</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">هذا الحاسوب</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished">الوارد</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation type="unfinished">الحالة محذوفة</translation>
    </message>
    <message>
        <source>case kept, with its edits</source>
        <translation type="unfinished">الحالة محفوظة مع تعديلاتها</translation>
    </message>
    <message>
        <source>Another laptop changed {n} field(s) of this case differently. Until you choose, the case keeps this laptop&apos;s values and cannot be signed off.</source>
        <translation type="unfinished">غيّر حاسوب آخر {n} من حقول هذه القضية بشكل مختلف. إلى أن تختار، تحتفظ القضية بقيم هذا الحاسوب ولا يمكن اعتمادها.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parole Desktop: unexpected error</source>
        <translation type="unfinished">Parole Desktop: خطأ غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong that should not happen. Everything already saved is safe in the vault.
Please copy the details below and send them to whoever supports your organisation&apos;s laptops. They contain no case data.</source>
        <translation type="unfinished">حدث ما لا ينبغي أن يحدث. كل ما حُفظ سابقًا آمن في الخزنة.
يُرجى نسخ التفاصيل أدناه وإرسالها إلى من يدعم الحواسيب المحمولة في منظمتك. لا تحتوي على أي بيانات قضايا.</translation>
    </message>
    <message>
        <source>The log folder is {folder}.</source>
        <translation type="unfinished">مجلد السجلات هو {folder}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>أنشئ خزنتك</translation>
    </message>
    <message>
        <source>Cases are kept in an encrypted vault on this computer. Choose a passphrase: a few words that you will remember and nobody can guess. Without it (or the recovery key shown next) the cases cannot be opened by anyone, including you.</source>
        <translation>تُحفظ القضايا في خزنة مشفّرة على هذا الحاسوب. اختر عبارة مرور: بضع كلمات تتذكرها ولا يستطيع أحد تخمينها. بدونها (أو بدون مفتاح الاسترداد الذي يظهر بعد ذلك) لا يمكن لأحد فتح القضايا، ولا حتى أنت.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>At least {n} characters; a phrase of several words is best.</source>
        <translation>{n} حرفًا على الأقل؛ والأفضل عبارة من عدة كلمات.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>اختر التاريخ من التقويم</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri), or leave empty if unknown</source>
        <translation>السنة/الشهر/اليوم (هجري شمسي)، أو اتركه فارغًا إن لم يكن معروفًا</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri)</source>
        <translation>السنة/الشهر/اليوم (هجري شمسي)</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: on. Type the date as the client gives it (1370/05/12); the Gregorian date is shown beside it and stored. Click (or Ctrl+J) for Gregorian dates.</source>
        <translation>التقويم الهجري الشمسي: مفعّل. اكتب التاريخ كما يذكره العميل (1370/05/12)؛ يظهر التاريخ الميلادي بجانبه وهو الذي يُحفظ. انقر (أو Ctrl+J) للتواريخ الميلادية.</translation>
    </message>
    <message>
        <source>Gregorian calendar for this date</source>
        <translation>التقويم الميلادي لهذا التاريخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty if unknown</source>
        <translation>YYYY-MM-DD، أو اتركه فارغًا إن لم يكن معروفًا</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: off. Click (or Ctrl+J) to type the date as the client gives it in the Solar Hijri calendar.</source>
        <translation>التقويم الهجري الشمسي: معطّل. انقر (أو Ctrl+J) لكتابة التاريخ كما يذكره العميل بالتقويم الهجري الشمسي.</translation>
    </message>
    <message>
        <source>Solar Hijri calendar for this date</source>
        <translation>التقويم الهجري الشمسي لهذا التاريخ</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as YYYY-MM-DD (2026-12-31) or {local}, or pick it from the calendar.</source>
        <translation>«{text}» ليس تاريخًا. اكتبه بالشكل YYYY-MM-DD (2026-12-31) أو {local}، أو اختره من التقويم.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is a Gregorian year. Type the date as the client gives it in the Solar Hijri calendar, or turn the Solar Hijri calendar off for this field (the sun button).</source>
        <translation>«{text}»: {year} سنة ميلادية. اكتب التاريخ كما يذكره العميل بالتقويم الهجري الشمسي، أو عطّل التقويم الهجري الشمسي لهذا الحقل (زر الشمس).</translation>
    </message>
    <message>
        <source>“{text}”: the year must have four digits, 1200 to 1599 (for example 1370).</source>
        <translation>«{text}»: يجب أن تكون السنة من أربعة أرقام، من 1200 إلى 1599 (مثلًا 1370).</translation>
    </message>
    <message>
        <source>“{text}”: there is no month {month}; the months are 1 to 12.</source>
        <translation>«{text}»: لا يوجد شهر {month}؛ الأشهر من 1 إلى 12.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days.</source>
        <translation>«{text}»: {year} ليست سنة كبيسة، لذا فإن شهرها الأخير (حوت، إسفند) فيه 29 يومًا.</translation>
    </message>
    <message>
        <source>“{text}”: month {month} of {year} has {days} days.</source>
        <translation>«{text}»: الشهر {month} من سنة {year} فيه {days} يومًا.</translation>
    </message>
    <message>
        <source>“{text}” is not a Solar Hijri date. Type it as year/month/day (1370/05/12), or pick it from the calendar.</source>
        <translation>«{text}» ليس تاريخًا هجريًا شمسيًا. اكتبه بالشكل السنة/الشهر/اليوم (1370/05/12)، أو اختره من التقويم.</translation>
    </message>
    <message>
        <source>Stored as {date} (Gregorian)</source>
        <translation>يُحفظ بصيغة {date} (ميلادي)</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO VAULT — synthetic cases only. Do not enter real client data; start the app without --demo for your own vault.</source>
        <translation type="unfinished">خزنة تجريبية — قضايا وهمية فقط. لا تُدخل بيانات عملاء حقيقية؛ شغّل البرنامج دون --demo لخزنتك الخاصة.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Selected document</source>
        <extracomment>the volunteer asks to fill the stated facts from the document&apos;s text layer (read by the sandbox child)</extracomment>
        <translation type="unfinished">المستند المحدد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <source>Checklist item / kind</source>
        <translation type="unfinished">بند القائمة / النوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>— not a translation —</source>
        <translation type="unfinished">— ليس ترجمة —</translation>
    </message>
    <message>
        <source>English translation of</source>
        <translation type="unfinished">ترجمة إنجليزية لـ</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished">المترجم</translation>
    </message>
    <message>
        <source>The translator certified the translation is complete and accurate</source>
        <translation type="unfinished">شهد المترجم بأن الترجمة كاملة ودقيقة</translation>
    </message>
    <message>
        <source>Third-party document that names the beneficiary</source>
        <translation type="unfinished">مستند من طرف ثالث يذكر المستفيد</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">غير مسجّل</translation>
    </message>
    <message>
        <source>The original document</source>
        <translation type="unfinished">المستند الأصلي</translation>
    </message>
    <message>
        <source>A certified copy</source>
        <translation type="unfinished">نسخة مصدّقة</translation>
    </message>
    <message>
        <source>A scan</source>
        <translation type="unfinished">مسح ضوئي</translation>
    </message>
    <message>
        <source>A phone photo</source>
        <translation type="unfinished">صورة بالهاتف</translation>
    </message>
    <message>
        <source>This file is</source>
        <translation type="unfinished">هذا الملف</translation>
    </message>
    <message>
        <source>What the document itself says (checked against the people&apos;s records):</source>
        <translation type="unfinished">ما يقوله المستند نفسه (يُقارن بسجلات الأشخاص):</translation>
    </message>
    <message>
        <source>the name as spelled in the document</source>
        <translation type="unfinished">الاسم كما يُكتب في المستند</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">رقم جواز السفر</translation>
    </message>
    <message>
        <source>Fill in from the passport line of the document&apos;s text</source>
        <translation type="unfinished">املأ من سطر جواز السفر في نص المستند</translation>
    </message>
    <message>
        <source>Reads the machine-readable line of a passport from the document&apos;s text layer (a PDF with text; a photo or a plain scan has none) and fills the empty fields above. Check what it fills.</source>
        <translation type="unfinished">يقرأ السطر المقروء آليًا لجواز السفر من طبقة النص في المستند (ملف PDF فيه نص؛ الصورة أو المسح البسيط لا نص فيهما) ويملأ الحقول الفارغة أعلاه. تحقّق مما يملؤه.</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">الملف</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">جارٍ قراءة نص المستند…</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished">رقم جواز السفر</translation>
    </message>
    <message>
        <source>Filled from the document&apos;s passport line: {what}. Check them against the document.</source>
        <translation type="unfinished">مُلئ من سطر جواز السفر في المستند: {what}. قارنها بالمستند.</translation>
    </message>
    <message>
        <source>The fields already hold what you typed: nothing was changed.</source>
        <translation type="unfinished">الحقول فيها ما كتبته: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>No passport line was found in the document&apos;s text (a photo or plain scan has no text): type what the document says.</source>
        <translation type="unfinished">لم يوجد سطر جواز سفر في نص المستند (الصورة أو المسح البسيط بلا نص): اكتب ما يقوله المستند.</translation>
    </message>
    <message numerus="yes">
        <source> · %n page(s)</source>
        <translation type="unfinished">
            <numerusform> · لا صفحات</numerusform>
            <numerusform> · صفحة واحدة</numerusform>
            <numerusform> · صفحتان</numerusform>
            <numerusform> · %n صفحات</numerusform>
            <numerusform> · %n صفحة</numerusform>
            <numerusform> · %n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</source>
        <translation type="unfinished">{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; (from the rules pack)</source>
        <translation type="unfinished">&lt;b&gt;القائمة&lt;/b&gt; (من حزمة القواعد)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">البند</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished">مطلوب</translation>
    </message>
    <message>
        <source>New files are:</source>
        <translation type="unfinished">الملفات الجديدة:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished">إضافة ملفات…</translation>
    </message>
    <message>
        <source>Or drop files here. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation type="unfinished">أو أفلت الملفات هنا. تُشفَّر الملفات داخل الخزنة؛ وتبقى الأصول في مكانها.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">معاينة</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation type="unfinished">حذف من القضية</translation>
    </message>
    <message>
        <source>✓ attached</source>
        <translation type="unfinished">✓ مرفق</translation>
    </message>
    <message>
        <source>⚠ translate</source>
        <translation type="unfinished">⚠ ترجمة</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation type="unfinished">✗ ناقص</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation type="unfinished">⚠ تحقّق</translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation type="unfinished">○ ليس بعد</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">إلزامي</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished">موصى به</translation>
    </message>
    <message>
        <source>Needed, but another check comes first (see the Checks step).</source>
        <translation type="unfinished">مطلوب، لكن فحصًا آخر يأتي أولًا (انظر خطوة الفحوصات).</translation>
    </message>
    <message>
        <source>A foreign-language document needs a certified English translation.</source>
        <translation type="unfinished">المستند بلغة أجنبية يحتاج إلى ترجمة إنجليزية مصدّقة.</translation>
    </message>
    <message>
        <source>translation of: {t}</source>
        <translation type="unfinished">ترجمة لـ: {t}</translation>
    </message>
    <message>
        <source>✓ prints</source>
        <translation type="unfinished">✓ قابل للطباعة</translation>
    </message>
    <message>
        <source>✗ cannot be printed: {why}</source>
        <translation type="unfinished">✗ لا يمكن طباعته: {why}</translation>
    </message>
    <message>
        <source>? printing not checked yet (run the full check)</source>
        <translation type="unfinished">؟ لم تُفحص الطباعة بعد (شغّل الفحص الكامل)</translation>
    </message>
    <message>
        <source>Encrypting {name} into the vault…</source>
        <translation type="unfinished">جارٍ تشفير {name} داخل الخزنة…</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not added.</source>
        <translation type="unfinished">أُلغي: لم تُضف الملفات المتبقية.</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation type="unfinished">جارٍ إضافة الملفات</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished">لم تُضف بعض الملفات</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished">إضافة ملفات الأدلة</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation type="unfinished">المستندات (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">جارٍ قراءة نص المستند…</translation>
    </message>
    <message>
        <source>The document&apos;s text could not be read: {why}</source>
        <translation type="unfinished">تعذّرت قراءة نص المستند: {why}</translation>
    </message>
    <message>
        <source> (verify before filing)</source>
        <translation type="unfinished"> (تحقّق قبل التقديم)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Packet</source>
        <translation type="unfinished">ملف التقديم</translation>
    </message>
    <message>
        <source>Draft (watermarked, for the reviewer and the family to read)</source>
        <translation type="unfinished">مسودة (بعلامة مائية، ليقرأها المراجِع والعائلة)</translation>
    </message>
    <message>
        <source>Final (needs a valid sign-off; signed with the reviewer&apos;s digital ID)</source>
        <translation type="unfinished">نهائي (يحتاج إلى اعتماد صالح؛ موقّع بالهوية الرقمية للمراجِع)</translation>
    </message>
    <message>
        <source>Filing packet (exactly what is mailed or presented)</source>
        <translation type="unfinished">ملف التقديم (بالضبط ما يُرسل بالبريد أو يُقدَّم)</translation>
    </message>
    <message>
        <source>Review record (findings, verify items, signatures to collect, checklist, sign-off; not for filing)</source>
        <translation type="unfinished">سجل المراجعة (الملاحظات، بنود التحقق، التواقيع المطلوبة، القائمة، الاعتماد؛ ليس للتقديم)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">عبارة مرور المراجِع</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">اختيار…</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation type="unfinished">الحفظ في المجلد</translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation type="unfinished">تصدير ملف التقديم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">النتيجة</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">فتح المجلد</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>للعميل</translation>
    </message>
    <message>
        <source>Client sheet…</source>
        <translation>ورقة العميل…</translation>
    </message>
    <message>
        <source>A short PDF in the client&apos;s language: the documents still needed, what happens next and how to reach you. Never the filing.</source>
        <translation>ملف PDF قصير بلغة العميل: المستندات التي ما زالت مطلوبة، وما يحدث بعد ذلك، وكيفية التواصل معكم. ليس الطلب نفسه أبدًا.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>English: the rules pack&apos;s own text.</source>
        <translation>الإنجليزية: النص الأصلي لحزمة القواعد.</translation>
    </message>
    <message>
        <source>{note} Texts not yet reviewed by a qualified translator are marked on the sheet.</source>
        <translation>{note} النصوص التي لم يراجعها مترجم مؤهل بعد معلَّمة على الورقة.</translation>
    </message>
    <message>
        <source>Save the client sheet in</source>
        <translation>حفظ ورقة العميل في</translation>
    </message>
    <message>
        <source>Making the client sheet…</source>
        <translation>جارٍ إعداد ورقة العميل…</translation>
    </message>
    <message>
        <source>No client sheet was written</source>
        <translation>لم تُكتب أي ورقة للعميل</translation>
    </message>
    <message>
        <source>Client sheet saved: {path}
{pages} page(s), {n} document(s) still needed.</source>
        <translation>حُفظت ورقة العميل: {path}
{pages} صفحة، {n} مستند ما زال مطلوبًا.</translation>
    </message>
    <message>
        <source>Save the packet in</source>
        <translation type="unfinished">حفظ ملف التقديم في</translation>
    </message>
    <message>
        <source>Choose where to save (a USB stick is best)</source>
        <translation type="unfinished">اختر مكان الحفظ (ذاكرة USB هي الأفضل)</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s passphrase to sign the final packet.</source>
        <translation type="unfinished">أدخل عبارة مرور المراجِع لتوقيع ملف التقديم النهائي.</translation>
    </message>
    <message>
        <source>Verifying the packet…</source>
        <translation type="unfinished">جارٍ التحقق من ملف التقديم…</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation type="unfinished">جارٍ إعداد ملف التقديم…</translation>
    </message>
    <message>
        <source>No packet was written</source>
        <translation type="unfinished">لم يُكتب أي ملف تقديم</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">مسودة</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation type="unfinished">نهائي، موقّع</translation>
    </message>
    <message>
        <source>Review record saved: {path}
{pages} pages; {s} signatures to collect.</source>
        <translation type="unfinished">حُفظ سجل المراجعة: {path}
الصفحات: {pages}؛ التواقيع المطلوبة: {s}.</translation>
    </message>
    <message>
        <source>Internal record — not for filing.</source>
        <translation type="unfinished">سجل داخلي — ليس للتقديم.</translation>
    </message>
    <message>
        <source>Final, signed packet saved: {path}
{pages} pages, built and signed on the reviewer&apos;s laptop by {name} and received here sealed.</source>
        <translation type="unfinished">حُفظت الحزمة النهائية الموقَّعة: {path}
{pages} صفحة، أعدّها ووقّعها {name} على حاسوب المراجِع ووصلت إلى هنا مختومة.</translation>
    </message>
    <message>
        <source>{kind} packet saved: {path}
{pages} pages, {n} exhibits.</source>
        <translation type="unfinished">حُفظ ملف التقديم ({kind}): {path}
الصفحات: {pages}، المرفقات: {n}.</translation>
    </message>
    <message>
        <source>Draft: watermarked and not signed — not for filing.</source>
        <translation type="unfinished">مسودة: بعلامة مائية وغير موقّعة — ليست للتقديم.</translation>
    </message>
    <message>
        <source> Signed by {s}.</source>
        <translation type="unfinished"> وقّعه {s}.</translation>
    </message>
    <message>
        <source>✓ Verified: the packet is intact.</source>
        <translation type="unfinished">✓ تم التحقق: ملف التقديم سليم.</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation type="unfinished">مشكلة غير معروفة</translation>
    </message>
    <message>
        <source>✗ Verification found problems: {p}</source>
        <translation type="unfinished">✗ وجد التحقق مشكلات: {p}</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>الدرية</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>الكريولية الهايتية</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>البشتوية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.</source>
        <translation type="unfinished">
            <numerusform>القفل خلال أقل من ثانية دون استخدام — حرّك الفأرة أو اضغط مفتاحًا ليبقى مفتوحًا.</numerusform>
            <numerusform>القفل خلال ثانية واحدة دون استخدام — حرّك الفأرة أو اضغط مفتاحًا ليبقى مفتوحًا.</numerusform>
            <numerusform>القفل خلال ثانيتين دون استخدام — حرّك الفأرة أو اضغط مفتاحًا ليبقى مفتوحًا.</numerusform>
            <numerusform>القفل خلال %n ثوانٍ دون استخدام — حرّك الفأرة أو اضغط مفتاحًا ليبقى مفتوحًا.</numerusform>
            <numerusform>القفل خلال %n ثانية دون استخدام — حرّك الفأرة أو اضغط مفتاحًا ليبقى مفتوحًا.</numerusform>
            <numerusform>القفل خلال %n ثانية دون استخدام — حرّك الفأرة أو اضغط مفتاحًا ليبقى مفتوحًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished">غير مكتملة</translation>
    </message>
    <message>
        <source>{language}: {percent}% of its texts are translated; a language ships at 90%.</source>
        <translation type="unfinished">{language}: {percent}% من نصوصها مترجمة؛ تُعتمد اللغة عند 90%.</translation>
    </message>
    <message>
        <source>English: the program&apos;s own texts.</source>
        <translation type="unfinished">الإنجليزية: نصوص البرنامج الأصلية.</translation>
    </message>
    <message>
        <source>complete enough to ship</source>
        <translation type="unfinished">مكتملة بما يكفي للاعتماد</translation>
    </message>
    <message>
        <source>incomplete: a language ships when 90% of its texts exist</source>
        <translation type="unfinished">غير مكتملة: تُعتمد اللغة عندما تتوفر 90% من نصوصها</translation>
    </message>
    <message>
        <source>Translated: screens {ui}%, command line {core}%, rules pack {pack}% (drafts count). Client texts reviewed: {reviewed} of {total}; the others are marked. {verdict}.</source>
        <translation type="unfinished">المترجم: الشاشات {ui}%، سطر الأوامر {core}%، حزمة القواعد {pack}% (المسودات محسوبة). نصوص العميل المراجَعة: {reviewed} من {total}؛ والباقي معلَّم. {verdict}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation>قضية &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;العودة إلى القضايا</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;بحث عن قضية</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Reviewer profiles…</source>
        <translation>&amp;ملفات المراجعين…</translation>
    </message>
    <message>
        <source>&amp;Import rules pack…</source>
        <translation>ا&amp;ستيراد حزمة القواعد…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <source>&amp;Receive on this network…</source>
        <translation>ا&amp;ستقبال على هذه الشبكة…</translation>
    </message>
    <message>
        <source>&amp;Send to a laptop on this network…</source>
        <translation>إ&amp;رسال إلى حاسوب على هذه الشبكة…</translation>
    </message>
    <message>
        <source>Exchange with the &amp;hub</source>
        <translation>التبادل مع ال&amp;مركز</translation>
    </message>
    <message>
        <source>Received but &amp;not applied…</source>
        <translation type="unfinished">مستلَم ولكن &amp;غير مطبَّق…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>م&amp;شاركة</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>what unlocking needs, imported in the background once the lock screen is painted (no Qt in them)</extracomment>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Rules {id} {version}, as of {date}</source>
        <translation>القواعد {id} {version}، سارية حتى {date}</translation>
    </message>
    <message>
        <source>No backup yet: make the first one with File → Backup…</source>
        <translation>لا توجد نسخة احتياطية بعد: أنشئ الأولى من ملف ← نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Last backup {when}</source>
        <translation>آخر نسخة احتياطية {when}</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>لم يُنسخ احتياطيًا قط</translation>
    </message>
    <message numerus="yes">
        <source>no backup in %n day(s): File → Backup…</source>
        <translation>
            <numerusform>لا نسخة احتياطية منذ أقل من يوم: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ يوم واحد: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ يومين: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ %n أيام: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ %n يومًا: ملف ← نسخ احتياطي…</numerusform>
            <numerusform>لا نسخة احتياطية منذ %n يوم: ملف ← نسخ احتياطي…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept aside: %n</source>
        <translation type="unfinished">
            <numerusform>موضوع جانبًا: %n</numerusform>
            <numerusform>موضوع جانبًا: %n</numerusform>
            <numerusform>موضوع جانبًا: %n</numerusform>
            <numerusform>موضوع جانبًا: %n</numerusform>
            <numerusform>موضوع جانبًا: %n</numerusform>
            <numerusform>موضوع جانبًا: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Received from other laptops and not applied: click to see what and why.</source>
        <translation type="unfinished">مستلَم من حواسيب أخرى ولم يُطبَّق: انقر لترى ما هو ولماذا.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Locked. Input that could not be saved yet is kept encrypted in the vault and comes back when you open the case.</source>
        <translation>قُفلت. البيانات التي تعذّر حفظها بعد محفوظة مشفّرةً في الخزنة وتعود عند فتح القضية.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>قُفلت بعد أقل من دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد دقيقة واحدة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد دقيقتين دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %n دقائق دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %n دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %n دقيقة دون استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>اختر النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>عبارة المرور التي صُنعت بها النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>The vault will be locked and replaced by the backup. The current vault is not deleted: it is kept aside in the data folder.</source>
        <translation>ستُقفل الخزنة وتُستبدل بالنسخة الاحتياطية. لا تُحذف الخزنة الحالية: تُحفظ جانبًا في مجلد البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n case(s)</source>
        <translation>
            <numerusform>التعارضات: لا حالات (%n)</numerusform>
            <numerusform>التعارضات: حالة واحدة (%n)</numerusform>
            <numerusform>التعارضات: حالتان (%n)</numerusform>
            <numerusform>التعارضات: %n حالات</numerusform>
            <numerusform>التعارضات: %n حالة</numerusform>
            <numerusform>التعارضات: %n حالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops: click to settle them.</source>
        <translation>حقول غُيّرت بشكل مختلف على حاسوبين: انقر لحسمها.</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>الحالة {id}</translation>
    </message>
    <message>
        <source>Wait until “{job}” has finished, or cancel it.</source>
        <translation>انتظر حتى تنتهي «{job}»، أو ألغِها.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">قضية جديدة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished">(لم يُختر بعد)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished">الاسم ال&amp;أول</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">اسم ال&amp;عائلة</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished">&amp;تاريخ الميلاد</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished">ال&amp;جهة</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">ال&amp;سبب</translation>
    </message>
    <message>
        <source>These existing cases look like the same person. Double-click one to open it, or create the new case anyway.</source>
        <translation type="unfinished">هذه القضايا الموجودة تبدو للشخص نفسه. انقر نقرًا مزدوجًا على إحداها لفتحها، أو أنشئ القضية الجديدة على أي حال.</translation>
    </message>
    <message>
        <source>Similar existing cases</source>
        <translation type="unfinished">قضايا موجودة مشابهة</translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished">إنشاء</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation type="unfinished">تاريخ الميلاد غير معروف</translation>
    </message>
    <message>
        <source>case {n}</source>
        <translation type="unfinished">القضية {n}</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished">الإنشاء على أي حال</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Correct it or leave it empty.</source>
        <translation type="unfinished">تاريخ الميلاد في المستقبل. صحّحه أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>Enter the beneficiary&apos;s given or family name.</source>
        <translation type="unfinished">أدخل الاسم الأول أو اسم العائلة للمستفيد.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Please wait: “{running}” is still running. Try again when it has finished.</source>
        <translation type="unfinished">يُرجى الانتظار: «{running}» ما زالت قيد التشغيل. حاول مرة أخرى عند انتهائها.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Filing and decision</source>
        <translation type="unfinished">التقديم والقرار</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished">تاريخ التقديم</translation>
    </message>
    <message>
        <source>e.g. IOE0123456789</source>
        <translation type="unfinished">مثلًا IOE0123456789</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished">رقم الإيصال (receipt number)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">موافَق عليه</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished">مرفوض</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">مسحوب</translation>
    </message>
    <message>
        <source>— no decision yet —</source>
        <translation type="unfinished">— لا قرار بعد —</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">القرار</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished">تاريخ القرار</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">رقم I-94</translation>
    </message>
    <message>
        <source>Parole expires on</source>
        <translation type="unfinished">ينتهي الإفراج المشروط في</translation>
    </message>
    <message>
        <source>Mark as filed</source>
        <translation type="unfinished">تعليم كمقدَّم</translation>
    </message>
    <message>
        <source>Mark as decided</source>
        <translation type="unfinished">تعليم القرار</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation type="unfinished">الحالة: &lt;b&gt;{s}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The decision date is before the filing date.</source>
        <translation type="unfinished">تاريخ القرار قبل تاريخ التقديم.</translation>
    </message>
    <message>
        <source>Choose the decision first.</source>
        <translation type="unfinished">اختر القرار أولًا.</translation>
    </message>
    <message>
        <source>The decision date is before the filing date. Correct one of them first.</source>
        <translation type="unfinished">تاريخ القرار قبل تاريخ التقديم. صحّح أحدهما أولًا.</translation>
    </message>
    <message>
        <source>An approval needs the date parole expires (on the I-94 or the approval notice). Enter it under “Parole expires on”.</source>
        <translation type="unfinished">الموافقة تحتاج إلى تاريخ انتهاء الإفراج المشروط (على I-94 أو إشعار الموافقة). أدخله في «ينتهي الإفراج المشروط في».</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">صدر القرار</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">مسودة</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">مقدَّم</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">جاهز للمراجعة</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">معتمد</translation>
    </message>
</context>
<context>
    <name>ParoleTable</name>
    <message>
        <source>Add a parole</source>
        <translation type="unfinished">إضافة إفراج مشروط</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished">تعديل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">الأساس</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">الفئة</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished">ينتهي في</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">رقم I-94</translation>
    </message>
    <message>
        <source>Paroled on</source>
        <translation type="unfinished">تاريخ الإفراج المشروط</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">البرنامج</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">منفعة عامة</translation>
    </message>
    <message>
        <source>Urgent humanitarian</source>
        <translation type="unfinished">أسباب إنسانية عاجلة</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Beneficiary (the person to be paroled)</source>
        <translation type="unfinished">المستفيد (الشخص المطلوب له الإفراج المشروط)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">المستفيد</translation>
    </message>
    <message>
        <source>The beneficiary files for themself</source>
        <translation type="unfinished">المستفيد يقدّم الطلب بنفسه</translation>
    </message>
    <message>
        <source>Otherwise: the person who files (the requestor). They need not live in the US or be related.</source>
        <translation type="unfinished">وإلا: الشخص الذي يقدّم الطلب (مقدّم الطلب). لا يلزم أن يعيش في الولايات المتحدة أو أن يكون قريبًا.</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation type="unfinished">مقدّم الطلب</translation>
    </message>
    <message>
        <source>Financial supporter {n}</source>
        <translation type="unfinished">الكفيل المالي {n}</translation>
    </message>
    <message>
        <source>Add another supporter</source>
        <translation type="unfinished">إضافة كفيل آخر</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished">الكفلاء</translation>
    </message>
    <message>
        <source>An attorney or accredited representative represents the requestor</source>
        <translation type="unfinished">يمثّل مقدّمَ الطلب محامٍ أو ممثل معتمد</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished">الممثل</translation>
    </message>
    <message>
        <source>Family member {n}</source>
        <translation type="unfinished">فرد العائلة {n}</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation type="unfinished">إضافة فرد من العائلة</translation>
    </message>
    <message>
        <source>Parole gives no derivative benefits: each family member who travels needs their own request. Link it here by its case number.</source>
        <translation type="unfinished">الإفراج المشروط لا يمنح مزايا تبعية: كل فرد من العائلة يسافر يحتاج إلى طلبه الخاص. اربطه هنا برقم قضيته.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">العائلة</translation>
    </message>
    <message>
        <source>Preparer (you, the volunteer)</source>
        <translation type="unfinished">المُعِدّ (أنت، المتطوع)</translation>
    </message>
    <message>
        <source>Interpreter (if one helped)</source>
        <translation type="unfinished">المترجم الشفهي (إن ساعد أحد)</translation>
    </message>
    <message>
        <source>Signer for a beneficiary under 14 (parent or guardian)</source>
        <translation type="unfinished">الموقّع عن مستفيد دون 14 عامًا (أحد الوالدين أو الوصي)</translation>
    </message>
    <message>
        <source>Form I-131 Part 12: the preparer&apos;s organization and daytime phone (*) are required.</source>
        <translation type="unfinished">Form I-131، الجزء 12: منظمة المُعِدّ وهاتفه النهاري (*) مطلوبان.</translation>
    </message>
    <message>
        <source>Form I-131 Part 11: who read the form to the client, and in which language.</source>
        <translation type="unfinished">Form I-131، الجزء 11: من قرأ النموذج على العميل، وبأي لغة.</translation>
    </message>
    <message>
        <source>Preparer and signers</source>
        <translation type="unfinished">المُعِدّ والموقّعون</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>لا شيء للتصحيح</numerusform>
            <numerusform>واحد للتصحيح</numerusform>
            <numerusform>اثنان للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
            <numerusform>%n للتصحيح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Looks (Form I-131 Part 3)</source>
        <translation type="unfinished">المظهر (Form I-131، الجزء 3)</translation>
    </message>
    <message>
        <source>For the travel document: as the person describes themself.</source>
        <translation type="unfinished">لوثيقة السفر: كما يصف الشخص نفسه.</translation>
    </message>
    <message>
        <source>I-94 and paroles (Form I-131 Part 2)</source>
        <translation type="unfinished">I-94 والإفراج المشروط (Form I-131، الجزء 2)</translation>
    </message>
    <message>
        <source>Only for someone already in the US (re-parole, parole in place): copy the I-94.</source>
        <translation type="unfinished">فقط لمن هو في الولايات المتحدة بالفعل (re-parole، parole in place): انسخ بيانات I-94.</translation>
    </message>
    <message>
        <source>Earlier documents (Form I-131 Part 4)</source>
        <translation type="unfinished">وثائق سابقة (Form I-131، الجزء 4)</translation>
    </message>
    <message>
        <source>Travel documents USCIS gave this person before, if any.</source>
        <translation type="unfinished">وثائق سفر أصدرتها USCIS لهذا الشخص من قبل، إن وُجدت.</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished">العنوان البريدي</translation>
    </message>
    <message>
        <source>Address as typed before (one line). The form needs it in parts:</source>
        <translation type="unfinished">العنوان كما كُتب سابقًا (سطر واحد). يحتاجه النموذج مجزّأً:</translation>
    </message>
    <message>
        <source>Confirm the parts: fill them from this line</source>
        <translation type="unfinished">أكّد الأجزاء: املأها من هذا السطر</translation>
    </message>
    <message>
        <source>Proposes street, city, region, postal code and country. Check each one: it is a guess.</source>
        <translation type="unfinished">يقترح الشارع والمدينة والمنطقة والرمز البريدي والبلد. تحقّق من كل منها: إنه تخمين.</translation>
    </message>
    <message>
        <source>The home (physical) address is different</source>
        <translation type="unfinished">عنوان السكن (الفعلي) مختلف</translation>
    </message>
    <message>
        <source>Physical address (where they live)</source>
        <translation type="unfinished">العنوان الفعلي (حيث يسكن)</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">الطول</translation>
    </message>
    <message>
        <source>Earlier and current paroles (one row each, from the I-94s):</source>
        <translation type="unfinished">الإفراجات المشروطة السابقة والحالية (سطر لكل منها، من وثائق I-94):</translation>
    </message>
    <message>
        <source>ft</source>
        <translation type="unfinished">قدم</translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished">بوصة</translation>
    </message>
    <message>
        <source>US state</source>
        <translation type="unfinished">الولاية الأمريكية</translation>
    </message>
    <message>
        <source>type the state, e.g. CA</source>
        <translation type="unfinished">اكتب الولاية، مثلًا CA</translation>
    </message>
    <message>
        <source>12345 or 12345-6789</source>
        <translation type="unfinished">12345 أو 12345-6789</translation>
    </message>
    <message>
        <source>case {n}: request of {name}</source>
        <translation type="unfinished">القضية {n}: طلب {name}</translation>
    </message>
    <message>
        <source>there is no case {n}</source>
        <translation type="unfinished">لا توجد قضية {n}</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">ذكر</translation>
    </message>
    <message>
        <source>Another (X)</source>
        <translation type="unfinished">آخر (X)</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished">— لم يُذكر —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished">— اختر —</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished">غير مرتبط</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>type part of the name, e.g. afg</source>
        <translation type="unfinished">اكتب جزءًا من الاسم، مثلًا afg</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— لم تتم الإجابة —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— لا شيء —</translation>
    </message>
    <message>
        <source>e.g. 8 (the form&apos;s box takes 6 characters)</source>
        <translation type="unfinished">مثلًا 8 (خانة النموذج تتسع لـ 6 أحرف)</translation>
    </message>
    <message>
        <source>as in the passport&apos;s machine-readable line</source>
        <translation type="unfinished">كما في السطر المقروء آليًا في جواز السفر</translation>
    </message>
    <message>
        <source>11 characters, on the I-94</source>
        <translation type="unfinished">11 حرفًا، على I-94</translation>
    </message>
    <message>
        <source>as printed on the I-94, e.g. DT</source>
        <translation type="unfinished">كما هو مطبوع على I-94، مثلًا DT</translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished">شخص</translation>
    </message>
    <message>
        <source>A-Number (if any)</source>
        <translation type="unfinished">A-Number (الرقم الأجنبي)، إن وُجد</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished">هندي أمريكي أو من سكان ألاسكا الأصليين</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation type="unfinished">منظمة</translation>
    </message>
    <message>
        <source>Apartment, suite or floor number</source>
        <translation type="unfinished">رقم الشقة أو الجناح أو الطابق</translation>
    </message>
    <message>
        <source>Apt. / Ste. / Flr.</source>
        <translation type="unfinished">شقة / جناح / طابق</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished">آسيوي</translation>
    </message>
    <message>
        <source>Bald (No Hair)</source>
        <translation type="unfinished">أصلع (بلا شعر)</translation>
    </message>
    <message>
        <source>Bar number</source>
        <translation type="unfinished">رقم نقابة المحامين (bar number)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished">أسود</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished">أسود أو أمريكي من أصل أفريقي</translation>
    </message>
    <message>
        <source>Blond</source>
        <translation type="unfinished">أشقر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished">أزرق</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished">بني</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation type="unfinished">المدينة أو البلدة</translation>
    </message>
    <message>
        <source>Class of admission</source>
        <translation type="unfinished">فئة الدخول (class of admission)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished">بلد الميلاد</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation type="unfinished">بلد الجنسية</translation>
    </message>
    <message>
        <source>Country where they are now</source>
        <translation type="unfinished">البلد الذي هو فيه الآن</translation>
    </message>
    <message>
        <source>DOJ accreditation</source>
        <translation type="unfinished">اعتماد DOJ</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished">تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Daytime phone</source>
        <translation type="unfinished">الهاتف النهاري</translation>
    </message>
    <message>
        <source>Daytime phone *</source>
        <translation type="unfinished">الهاتف النهاري *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Earlier paroles</source>
        <translation type="unfinished">الإفراجات المشروطة السابقة</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished">الأصل العرقي</translation>
    </message>
    <message>
        <source>Ever had a reentry permit or refugee travel document?</source>
        <translation type="unfinished">هل سبق أن حصل على تصريح عودة أو وثيقة سفر لاجئ؟</translation>
    </message>
    <message>
        <source>Ever had an advance parole document?</source>
        <translation type="unfinished">هل سبق أن حصل على وثيقة advance parole؟</translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation type="unfinished">لون العينين</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">اسم العائلة</translation>
    </message>
    <message>
        <source>Family name as in the passport (Latin letters)</source>
        <translation type="unfinished">اسم العائلة كما في جواز السفر (بأحرف لاتينية)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">النموذج</translation>
    </message>
    <message>
        <source>Form G-28 is filed with the request</source>
        <translation type="unfinished">Form G-28 مقدَّم مع الطلب</translation>
    </message>
    <message>
        <source>Form I-134</source>
        <translation type="unfinished">Form I-134</translation>
    </message>
    <message>
        <source>Form I-134A (closed programs only)</source>
        <translation type="unfinished">Form I-134A (للبرامج المغلقة فقط)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">الاسم الأول</translation>
    </message>
    <message>
        <source>Given name as in the passport (Latin letters)</source>
        <translation type="unfinished">الاسم الأول كما في جواز السفر (بأحرف لاتينية)</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished">رمادي</translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished">أخضر</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation type="unfinished">لون الشعر</translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation type="unfinished">عسلي</translation>
    </message>
    <message>
        <source>Height: feet</source>
        <translation type="unfinished">الطول: قدم</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished">إسباني أو لاتيني</translation>
    </message>
    <message>
        <source>I-94 expires (admit until)</source>
        <translation type="unfinished">انتهاء I-94 (admit until)</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">رقم I-94</translation>
    </message>
    <message>
        <source>In care of</source>
        <translation type="unfinished">عناية (in care of)</translation>
    </message>
    <message>
        <source>Language used *</source>
        <translation type="unfinished">اللغة المستخدمة *</translation>
    </message>
    <message>
        <source>Letter of commitment (organization)</source>
        <translation type="unfinished">خطاب التزام (منظمة)</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation type="unfinished">عنابي</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished">من سكان هاواي الأصليين أو جزر المحيط الهادئ الأخرى</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation type="unfinished">ليس إسبانيًا ولا لاتينيًا</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">المنظمة</translation>
    </message>
    <message>
        <source>Organization *</source>
        <translation type="unfinished">المنظمة *</translation>
    </message>
    <message>
        <source>Organization or law office</source>
        <translation type="unfinished">المنظمة أو مكتب المحاماة</translation>
    </message>
    <message>
        <source>Organization that files (if any; the name above signs for it)</source>
        <translation type="unfinished">المنظمة التي تقدّم الطلب (إن وُجدت؛ يوقّع الاسم أعلاه باسمها)</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation type="unfinished">أسماء أخرى مستخدمة</translation>
    </message>
    <message>
        <source>Parent or legal guardian (relationship)</source>
        <translation type="unfinished">أحد الوالدين أو الوصي القانوني (صلة القرابة)</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished">انتهاء جواز السفر</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">رقم جواز السفر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished">وردي</translation>
    </message>
    <message>
        <source>Postal code / ZIP</source>
        <translation type="unfinished">الرمز البريدي / ZIP</translation>
    </message>
    <message>
        <source>Race (all that apply)</source>
        <translation type="unfinished">العرق (كل ما ينطبق)</translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished">أحمر</translation>
    </message>
    <message>
        <source>Relationship to the beneficiary</source>
        <translation type="unfinished">صلة القرابة بالمستفيد</translation>
    </message>
    <message>
        <source>Sandy</source>
        <translation type="unfinished">رملي</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">الجنس</translation>
    </message>
    <message>
        <source>State / province / region</source>
        <translation type="unfinished">الولاية / المحافظة / المنطقة</translation>
    </message>
    <message>
        <source>Street number and name</source>
        <translation type="unfinished">رقم الشارع واسمه</translation>
    </message>
    <message>
        <source>Supporter is</source>
        <translation type="unfinished">الكفيل</translation>
    </message>
    <message>
        <source>The beneficiary themself</source>
        <translation type="unfinished">المستفيد نفسه</translation>
    </message>
    <message>
        <source>Their own request (case number)</source>
        <translation type="unfinished">طلبه الخاص (رقم القضية)</translation>
    </message>
    <message>
        <source>US status (citizen, LPR, parolee…)</source>
        <translation type="unfinished">الوضع في الولايات المتحدة (مواطن، LPR، parolee…)</translation>
    </message>
    <message>
        <source>Unknown/Other</source>
        <translation type="unfinished">غير معروف/آخر</translation>
    </message>
    <message>
        <source>Weight (pounds)</source>
        <translation type="unfinished">الوزن (رطل)</translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation type="unfinished">ماذا حدث لها</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished">أبيض</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>inches</source>
        <translation type="unfinished">بوصة</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Remove this person from the case (Undo puts them back)</source>
        <translation type="unfinished">حذف هذا الشخص من القضية (التراجع يعيده)</translation>
    </message>
    <message>
        <source>Same as the requestor</source>
        <translation type="unfinished">مثل مقدّم الطلب</translation>
    </message>
    <message>
        <source>The requestor is also this supporter: fill the empty fields from the requestor</source>
        <translation type="unfinished">مقدّم الطلب هو هذا الكفيل أيضًا: املأ الحقول الفارغة من بيانات مقدّم الطلب</translation>
    </message>
    <message>
        <source>Start their own request…</source>
        <translation type="unfinished">بدء طلبه الخاص…</translation>
    </message>
    <message>
        <source>A new case with this person as the beneficiary, the shared details copied, both requests in one family group and linked</source>
        <translation type="unfinished">قضية جديدة يكون فيها هذا الشخص هو المستفيد، مع نسخ البيانات المشتركة، والطلبان في مجموعة عائلة واحدة ومرتبطان</translation>
    </message>
    <message>
        <source>Record the requestor first (Requestor tab).</source>
        <translation type="unfinished">سجّل مقدّم الطلب أولًا (تبويب مقدّم الطلب).</translation>
    </message>
</context>
<context>
    <name>PickCombo</name>
    <message>
        <source>{text} is not a {what} in the list: type part of its name and pick it.</source>
        <translation type="unfinished">{text} ليس {what} من القائمة: اكتب جزءًا من اسمه واختره.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished">معاينة المستند</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished">◀ الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished">الصفحة التالية ▶</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished">ملاءمة النافذة</translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation type="unfinished">تدوير ↻</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the file is not changed)</source>
        <translation type="unfinished">تدوير الصفحة ربع دورة إلى اليمين (لا يتغير الملف)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>This file cannot be shown. It may be damaged or in a format the preview does not read.</source>
        <translation type="unfinished">لا يمكن عرض هذا الملف. قد يكون تالفًا أو بتنسيق لا تقرؤه المعاينة.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished">الصفحة {n} من {total}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a right-to-left language (Arabic, Dari, Pashto), &quot;LTR&quot; for any other.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What is asked (Form I-131 Part 1)</source>
        <translation type="unfinished">المطلوب (Form I-131، الجزء 1)</translation>
    </message>
    <message>
        <source>The kind of request, its legal basis and who brings it.</source>
        <translation type="unfinished">نوع الطلب وأساسه القانوني ومن يقدّمه.</translation>
    </message>
    <message>
        <source>First parole (the person is abroad)</source>
        <translation type="unfinished">إفراج مشروط أول (الشخص في الخارج)</translation>
    </message>
    <message>
        <source>Re-parole (already paroled into the US)</source>
        <translation type="unfinished">تجديد الإفراج المشروط (re-parole) (حاصل عليه داخل الولايات المتحدة)</translation>
    </message>
    <message>
        <source>Parole in place (already in the US)</source>
        <translation type="unfinished">الإفراج المشروط في المكان (parole in place) (موجود في الولايات المتحدة)</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished">نوع الطلب</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— لم تتم الإجابة —</translation>
    </message>
    <message>
        <source>Yes: has not left the US</source>
        <translation type="unfinished">نعم: لم يغادر الولايات المتحدة</translation>
    </message>
    <message>
        <source>No: has left the US since</source>
        <translation type="unfinished">لا: غادر الولايات المتحدة منذ ذلك</translation>
    </message>
    <message>
        <source>Re-parole: stayed in the US since the parole began</source>
        <translation type="unfinished">تجديد الإفراج المشروط (re-parole): بقي في الولايات المتحدة منذ بدء الإفراج المشروط</translation>
    </message>
    <message>
        <source>in the US since …; or when they left and came back</source>
        <translation type="unfinished">في الولايات المتحدة منذ …؛ أو متى غادر وعاد</translation>
    </message>
    <message>
        <source>Presence: details</source>
        <translation type="unfinished">الوجود: التفاصيل</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation type="unfinished">— لم يُختر بعد —</translation>
    </message>
    <message>
        <source>Urgent humanitarian reasons</source>
        <translation type="unfinished">أسباب إنسانية عاجلة</translation>
    </message>
    <message>
        <source>Significant public benefit</source>
        <translation type="unfinished">منفعة عامة كبيرة</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">الأساس</translation>
    </message>
    <message>
        <source>Private request (Form I-131)</source>
        <translation type="unfinished">طلب خاص (Form I-131)</translation>
    </message>
    <message>
        <source>Agency referral (a US agency sponsors it)</source>
        <translation type="unfinished">إحالة من جهة حكومية (ترعاها جهة أمريكية)</translation>
    </message>
    <message>
        <source>Who brings it</source>
        <translation type="unfinished">من يقدّمه</translation>
    </message>
    <message>
        <source>e.g. the US agency that refers the case</source>
        <translation type="unfinished">مثلًا الجهة الأمريكية التي تحيل القضية</translation>
    </message>
    <message>
        <source>Sponsoring agency</source>
        <translation type="unfinished">الجهة الراعية</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished">لم يُسجّل بعد</translation>
    </message>
    <message>
        <source>In this packet (the official form, filled)</source>
        <translation type="unfinished">في ملف التقديم هذا (النموذج الرسمي، مملوء)</translation>
    </message>
    <message>
        <source>Follows: the requestor sends it later</source>
        <translation type="unfinished">لاحقًا: يرسله مقدّم الطلب فيما بعد</translation>
    </message>
    <message>
        <source>The supporter mails it themselves</source>
        <translation type="unfinished">يرسله الكفيل بالبريد بنفسه</translation>
    </message>
    <message>
        <source>Supporter&apos;s signed I-134</source>
        <translation type="unfinished">نموذج I-134 موقّع من الكفيل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation type="unfinished">— اختر سببًا —</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished">فئة السبب</translation>
    </message>
    <message>
        <source>In the family&apos;s own words: what happened, why it is urgent now, what the person will do in the United States and how they will return home.</source>
        <translation type="unfinished">بكلمات العائلة نفسها: ماذا حدث، ولماذا الأمر عاجل الآن، وماذا سيفعل الشخص في الولايات المتحدة وكيف سيعود إلى وطنه.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished">الإفادة</translation>
    </message>
    <message>
        <source>Dates and duration</source>
        <translation type="unfinished">التواريخ والمدة</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">التاريخ الرئيسي</translation>
    </message>
    <message>
        <source>An event on that day: arrive before it</source>
        <translation type="unfinished">حدث في ذلك اليوم: الوصول قبله</translation>
    </message>
    <message>
        <source>A deadline: arriving that day is in time</source>
        <translation type="unfinished">موعد نهائي: الوصول في ذلك اليوم في الوقت المناسب</translation>
    </message>
    <message>
        <source>The key date is</source>
        <translation type="unfinished">التاريخ الرئيسي هو</translation>
    </message>
    <message>
        <source>Event: surgery, hearing, funeral (arriving on the day is too late). Deadline: must arrive by that day.</source>
        <translation type="unfinished">حدث: عملية جراحية، جلسة، جنازة (الوصول في اليوم نفسه متأخر). موعد نهائي: يجب الوصول بحلول ذلك اليوم.</translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation type="unfinished">ما الذي يحدث في ذلك التاريخ</translation>
    </message>
    <message>
        <source>Ask for expedited processing (mark the request EXPEDITE)</source>
        <translation type="unfinished">طلب معالجة مستعجلة (تعليم الطلب EXPEDITE)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished">لم يُذكر</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> شهرًا</translation>
    </message>
    <message>
        <source>Parole needed for</source>
        <translation type="unfinished">مدة الإفراج المشروط المطلوبة</translation>
    </message>
    <message>
        <source>Needed when more than 12 months are requested.</source>
        <translation type="unfinished">مطلوب عند طلب أكثر من 12 شهرًا.</translation>
    </message>
    <message>
        <source>Why that long</source>
        <translation type="unfinished">لماذا هذه المدة</translation>
    </message>
    <message>
        <source>Visa and admissibility</source>
        <translation type="unfinished">التأشيرة والمقبولية</translation>
    </message>
    <message>
        <source>Why no visa or other pathway in time</source>
        <translation type="unfinished">لماذا لا توجد تأشيرة أو طريق آخر في الوقت المناسب</translation>
    </message>
    <message>
        <source>Why a visa or admission is not possible</source>
        <translation type="unfinished">لماذا لا يمكن الحصول على تأشيرة أو دخول</translation>
    </message>
    <message>
        <source>Grounds (tick all that apply)</source>
        <translation type="unfinished">الأسباب (حدّد كل ما ينطبق)</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)) of this list, from the rules pack.</source>
        <translation type="unfinished">أسباب عدم المقبولية (INA 212(a)) من هذه القائمة، من حزمة القواعد.</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)); the rules pack has no list yet.</source>
        <translation type="unfinished">أسباب عدم المقبولية (INA 212(a))؛ لا توجد قائمة في حزمة القواعد بعد.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished">الاستثناء</translation>
    </message>
    <message>
        <source>pick from the list</source>
        <translation type="unfinished">اختر من القائمة</translation>
    </message>
    <message>
        <source>the exception, in the proclamation&apos;s words</source>
        <translation type="unfinished">الاستثناء، بكلمات الإعلان الرئاسي</translation>
    </message>
    <message>
        <source>Entry-ban exception claimed</source>
        <translation type="unfinished">استثناء مطالَب به من حظر الدخول</translation>
    </message>
    <message>
        <source>Only when the country is under an entry suspension (Proclamation 10949 or 10998).</source>
        <translation type="unfinished">فقط عندما يكون البلد تحت تعليق للدخول (Proclamation 10949 أو 10998).</translation>
    </message>
    <message>
        <source>Why it applies, and the evidence for it</source>
        <translation type="unfinished">لماذا ينطبق، والأدلة على ذلك</translation>
    </message>
    <message>
        <source>Exception: why</source>
        <translation type="unfinished">الاستثناء: لماذا</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>USCIS (Form I-131, beneficiary outside the US)</source>
        <translation type="unfinished">USCIS (Form I-131، المستفيد خارج الولايات المتحدة)</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP في منفذ دخول</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation type="unfinished">يُقدَّم إلى</translation>
    </message>
    <message>
        <source>Port of entry</source>
        <translation type="unfinished">منفذ الدخول</translation>
    </message>
    <message>
        <source>the port&apos;s street address</source>
        <translation type="unfinished">عنوان المنفذ</translation>
    </message>
    <message>
        <source>Port address (CBP)</source>
        <translation type="unfinished">عنوان المنفذ (CBP)</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation type="unfinished">HH:MM، مثلًا 09:30</translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation type="unfinished">الوقت في المنفذ</translation>
    </message>
    <message>
        <source>City, Country — e.g. Islamabad, Pakistan</source>
        <translation type="unfinished">المدينة، البلد — مثلًا Islamabad, Pakistan</translation>
    </message>
    <message>
        <source>US embassy or consulate to notify</source>
        <translation type="unfinished">السفارة أو القنصلية الأمريكية المراد إبلاغها</translation>
    </message>
    <message>
        <source>Intended arrival date</source>
        <translation type="unfinished">تاريخ الوصول المقصود</translation>
    </message>
    <message>
        <source>Leave empty for a general case-by-case request</source>
        <translation type="unfinished">اتركه فارغًا لطلب عام يُنظر فيه حالة بحالة</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">البرنامج</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished">الرسوم</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished">مدفوعة</translation>
    </message>
    <message>
        <source>Fee waiver requested (Form I-912)</source>
        <translation type="unfinished">طُلب الإعفاء من الرسوم (Form I-912)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished">معفى</translation>
    </message>
    <message>
        <source>Filing fee</source>
        <translation type="unfinished">رسوم التقديم</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished">ورقي</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">عبر الإنترنت</translation>
    </message>
    <message>
        <source>Filing mode</source>
        <translation type="unfinished">طريقة التقديم</translation>
    </message>
    <message>
        <source>Form G-1450 (credit, debit or prepaid card)</source>
        <translation type="unfinished">Form G-1450 (بطاقة ائتمان أو خصم أو مسبقة الدفع)</translation>
    </message>
    <message>
        <source>Form G-1650 (debit from a US bank account)</source>
        <translation type="unfinished">Form G-1650 (خصم من حساب مصرفي أمريكي)</translation>
    </message>
    <message>
        <source>Form G-1651 (exemption from electronic payment)</source>
        <translation type="unfinished">Form G-1651 (إعفاء من الدفع الإلكتروني)</translation>
    </message>
    <message>
        <source>Form I-912 (fee waiver instead of payment)</source>
        <translation type="unfinished">Form I-912 (إعفاء من الرسوم بدل الدفع)</translation>
    </message>
    <message>
        <source>Payment (paper filing)</source>
        <translation type="unfinished">الدفع (التقديم الورقي)</translation>
    </message>
    <message>
        <source>Whose card or bank account pays</source>
        <translation type="unfinished">بطاقة من أو حساب من يدفع</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished">الدافع</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished">المستفيد</translation>
    </message>
    <message>
        <source>The requestor</source>
        <translation type="unfinished">مقدّم الطلب</translation>
    </message>
    <message>
        <source>A supporter</source>
        <translation type="unfinished">كفيل</translation>
    </message>
    <message>
        <source>The representative</source>
        <translation type="unfinished">الممثل</translation>
    </message>
    <message>
        <source>Someone else (not in the request)</source>
        <translation type="unfinished">شخص آخر (ليس في الطلب)</translation>
    </message>
    <message>
        <source>The payer is</source>
        <translation type="unfinished">الدافع هو</translation>
    </message>
    <message>
        <source>The card was issued outside the US (G-1450)</source>
        <translation type="unfinished">صدرت البطاقة خارج الولايات المتحدة (G-1450)</translation>
    </message>
    <message>
        <source>The payer&apos;s account is at a US bank (needed for G-1650)</source>
        <translation type="unfinished">حساب الدافع في مصرف أمريكي (مطلوب لـ G-1650)</translation>
    </message>
    <message>
        <source>The client plans to pay it when parole is granted</source>
        <translation type="unfinished">ينوي العميل دفعها عند منح الإفراج المشروط</translation>
    </message>
    <message>
        <source>A statutory exception is claimed</source>
        <translation type="unfinished">يُطالَب باستثناء قانوني</translation>
    </message>
    <message>
        <source>Parole fee (due at grant)</source>
        <translation type="unfinished">رسوم الإفراج المشروط (تُدفع عند المنح)</translation>
    </message>
    <message>
        <source>Exception claimed</source>
        <translation type="unfinished">الاستثناء المطالَب به</translation>
    </message>
    <message>
        <source>Facts for the cover letter (only what the client told you)</source>
        <translation type="unfinished">وقائع لخطاب التغطية (فقط ما قاله لك العميل)</translation>
    </message>
    <message>
        <source>Intent to return home</source>
        <translation type="unfinished">نية العودة إلى الوطن</translation>
    </message>
    <message>
        <source>Ties to the home country</source>
        <translation type="unfinished">الروابط بالبلد الأصلي</translation>
    </message>
    <message>
        <source>Funeral: who died</source>
        <translation type="unfinished">الجنازة: من توفي</translation>
    </message>
    <message>
        <source>Funeral: relationship to the beneficiary</source>
        <translation type="unfinished">الجنازة: صلة القرابة بالمستفيد</translation>
    </message>
    <message>
        <source>Minor: who they travel with</source>
        <translation type="unfinished">قاصر: مع من يسافر</translation>
    </message>
    <message>
        <source>Minor: companion&apos;s relationship to the child</source>
        <translation type="unfinished">قاصر: صلة المرافق بالطفل</translation>
    </message>
    <message>
        <source>Protection: why refugee processing is not available in time</source>
        <translation type="unfinished">الحماية: لماذا لا تتاح إجراءات اللجوء في الوقت المناسب</translation>
    </message>
    <message>
        <source>at least {a} words are needed; {b} or more recommended</source>
        <translation type="unfinished">يلزم {a} كلمة على الأقل؛ ويوصى بـ {b} أو أكثر</translation>
    </message>
    <message>
        <source>{b} or more words recommended</source>
        <translation type="unfinished">يوصى بـ {b} كلمة أو أكثر</translation>
    </message>
    <message>
        <source>long enough</source>
        <translation type="unfinished">طويل بما يكفي</translation>
    </message>
    <message>
        <source>{n} words — {note}</source>
        <translation type="unfinished">{n} كلمة — {note}</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>فتح القفل بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Type the recovery key from the paper sheet, then choose a new passphrase.</source>
        <translation>اكتب مفتاح الاسترداد من الورقة، ثم اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation>فتح القفل وتعيين عبارة المرور</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation>عبارة المرور الجديدة قصيرة جدًا: استخدم {n} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of letters.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة. تحقّق من كل مجموعة من الأحرف.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the vault. Write it on paper (or print it) and keep it locked away, apart from this computer. It is shown only now.</source>
        <translation>إذا نُسيت عبارة المرور، فهذا المفتاح هو الطريقة الوحيدة لفتح الخزنة. اكتبه على ورقة (أو اطبعه) واحفظه في مكان مقفل بعيدًا عن هذا الحاسوب. لن يظهر إلا الآن.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>لقد كتبته</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Parole Desktop vault recovery key</source>
        <translation>مفتاح استرداد خزنة Parole Desktop</translation>
    </message>
    <message>
        <source>Printed on {date}. Keep this sheet locked away, apart from the laptop.</source>
        <translation>طُبع في {date}. احفظ هذه الورقة في مكان مقفل بعيدًا عن الحاسوب المحمول.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Write the recovery key down by hand.</source>
        <translation>الطباعة غير متاحة على هذا الحاسوب. اكتب مفتاح الاسترداد بخط اليد.</translation>
    </message>
    <message>
        <source>The recovery key is printed only on a printer, never into a file (a file could be copied or synced). Choose a printer, or write the key down by hand.</source>
        <translation>لا يُطبع مفتاح الاسترداد إلا على طابعة، ولا يُحفظ أبدًا في ملف (قد يُنسخ الملف أو يُزامَن). اختر طابعة، أو اكتب المفتاح بخط اليد.</translation>
    </message>
</context>
<context>
    <name>RemovedItemsDialog</name>
    <message>
        <source>Removed from this case</source>
        <translation type="unfinished">حُذف من هذه القضية</translation>
    </message>
    <message>
        <source>What was removed from this case stays in the vault, with its file, until the case is signed off. Pick one and put it back.</source>
        <translation type="unfinished">ما حُذف من هذه القضية يبقى في الخزنة، مع ملفه، حتى اعتماد القضية. اختر واحدًا وأعِده.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished">إعادة</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished">شخص</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">مستند</translation>
    </message>
    <message>
        <source>{kind}: {label} — removed {when} by {who}</source>
        <translation type="unfinished">{kind}: {label} — حُذف {when} بواسطة {who}</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation type="unfinished">لم يُعَد</translation>
    </message>
</context>
<context>
    <name>ReprobeStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Stop preparing exhibit pages now; a packet export prepares what is still missing</source>
        <translation type="unfinished">إيقاف إعداد صفحات المرفقات الآن؛ تصدير ملف التقديم يُعدّ ما ينقص</translation>
    </message>
    <message>
        <source>Preparing exhibit pages and thumbnails: {done} of {total}</source>
        <translation type="unfinished">جارٍ إعداد صفحات المرفقات والصور المصغّرة: {done} من {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished">جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The reviewer reads the whole request and the evidence, then signs off with their own passphrase. A later change to the request or its documents sets the sign-off aside until the request is back exactly as signed, or the reviewer signs again.</source>
        <translation type="unfinished">يقرأ المراجِع الطلب كله والأدلة، ثم يعتمده بعبارة مروره الخاصة. أي تغيير لاحق في الطلب أو مستنداته يعلّق الاعتماد حتى يعود الطلب تمامًا كما وُقّع، أو يوقّع المراجِع مجددًا.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished">اعتماد</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished">المراجِع</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">عبارة مرور المراجِع</translation>
    </message>
    <message>
        <source>No reviewer profile exists yet. A reviewer creates one in the Reviewers settings.</source>
        <translation type="unfinished">لا يوجد ملف مراجِع بعد. ينشئ المراجِع ملفه في إعدادات المراجعين.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">قائمة الثقة</translation>
    </message>
    <message>
        <source>Warnings the reviewer accepts</source>
        <translation type="unfinished">التحذيرات التي يقبلها المراجِع</translation>
    </message>
    <message>
        <source>✓ {name} ({role} {number}) is listed — key {fpr}</source>
        <translation type="unfinished">✓ {name} ({role} {number}) مدرج — المفتاح {fpr}</translation>
    </message>
    <message>
        <source>✗ Cannot sign: {why}. Key {fpr}</source>
        <translation type="unfinished">✗ لا يمكن التوقيع: {why}. المفتاح {fpr}</translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation type="unfinished">لماذا هذا مقبول (إلزامي)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished">لم يُعتمد بعد.</translation>
    </message>
    <message>
        <source>⚠ SIGN-OFF VOID — {reason}.
Signed by {who} on {when}. The reviewer must review the case again and sign off anew.</source>
        <translation type="unfinished">⚠ الاعتماد باطل — {reason}.
وقّعه {who} في {when}. يجب على المراجِع مراجعة القضية مجددًا واعتمادها من جديد.</translation>
    </message>
    <message>
        <source>✓ Signed off by {who} on {when} with rules pack {pack} {version}.</source>
        <translation type="unfinished">✓ اعتمده {who} في {when} بحزمة القواعد {pack} {version}.</translation>
    </message>
    <message>
        <source>Warnings accepted:</source>
        <translation type="unfinished">التحذيرات المقبولة:</translation>
    </message>
    <message>
        <source>Choose a reviewer first.</source>
        <translation type="unfinished">اختر مراجِعًا أولًا.</translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation type="unfinished">جارٍ الاعتماد</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished">لم يُعتمد</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewer profiles</source>
        <translation type="unfinished">ملفات المراجعين</translation>
    </message>
    <message>
        <source>Attorneys, accredited representatives and supervisors who sign off requests. Each reviewer&apos;s signing key is protected by their own passphrase, which only they should know.</source>
        <translation type="unfinished">المحامون والممثلون المعتمدون والمشرفون الذين يعتمدون الطلبات. مفتاح توقيع كل مراجِع محمي بعبارة مروره الخاصة، التي لا يعرفها سواه.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished">المراجعون</translation>
    </message>
    <message>
        <source>Import the organization&apos;s roster…</source>
        <translation type="unfinished">استيراد قائمة ثقة المنظمة…</translation>
    </message>
    <message>
        <source>Write enrolment request…</source>
        <translation type="unfinished">كتابة طلب تسجيل…</translation>
    </message>
    <message>
        <source>Import digital ID (.p12/.pfx)…</source>
        <translation type="unfinished">استيراد هوية رقمية (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation type="unfinished">مراجِع جديد</translation>
    </message>
    <message>
        <source>Reviewer passphrase</source>
        <translation type="unfinished">عبارة مرور المراجِع</translation>
    </message>
    <message>
        <source>Repeat the reviewer passphrase</source>
        <translation type="unfinished">أعد كتابة عبارة مرور المراجِع</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">ال&amp;اسم</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">ال&amp;دور</translation>
    </message>
    <message>
        <source>&amp;Bar number / accreditation</source>
        <translation type="unfinished">رقم ال&amp;نقابة / الاعتماد</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished">ال&amp;منظمة</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase</source>
        <translation type="unfinished">أعد &amp;كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Create reviewer</source>
        <translation type="unfinished">إنشاء مراجِع</translation>
    </message>
    <message>
        <source>No organization roster yet: nobody can sign off until the org admin&apos;s signed roster is imported. A solo attorney is their own organization (see docs/security.md).</source>
        <translation type="unfinished">لا توجد قائمة ثقة للمنظمة بعد: لا يستطيع أحد الاعتماد حتى تُستورد القائمة الموقّعة من مسؤول المنظمة. المحامي المستقل هو منظمة نفسه (انظر docs/security.md).</translation>
    </message>
    <message>
        <source>Trusted organization: {org}{demo} · roster version {v} · org fingerprint {f}</source>
        <translation type="unfinished">المنظمة الموثوقة: {org}{demo} · إصدار القائمة {v} · بصمة المنظمة {f}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation type="unfinished"> (تجريبي)</translation>
    </message>
    <message>
        <source>PDF signing ID</source>
        <translation type="unfinished">هوية توقيع PDF</translation>
    </message>
    <message>
        <source>key {f}</source>
        <translation type="unfinished">المفتاح {f}</translation>
    </message>
    <message>
        <source>✓ listed in the roster</source>
        <translation type="unfinished">✓ مدرج في قائمة الثقة</translation>
    </message>
    <message>
        <source>✗ cannot sign: {why}</source>
        <translation type="unfinished">✗ لا يمكن التوقيع: {why}</translation>
    </message>
    <message>
        <source>The reviewer passphrase needs at least {n} characters.</source>
        <translation type="unfinished">عبارة مرور المراجِع تحتاج إلى {n} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Creating the reviewer&apos;s keys…</source>
        <translation type="unfinished">جارٍ إنشاء مفاتيح المراجِع…</translation>
    </message>
    <message>
        <source>Choose the organization&apos;s roster</source>
        <translation type="unfinished">اختر قائمة ثقة المنظمة</translation>
    </message>
    <message>
        <source>Roster (*.json);;All files (*)</source>
        <translation type="unfinished">قائمة الثقة (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">قائمة الثقة</translation>
    </message>
    <message>
        <source>Roster version {v} of {org} is now in use.</source>
        <translation type="unfinished">الإصدار {v} من قائمة ثقة {org} مستخدم الآن.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished">التسجيل</translation>
    </message>
    <message>
        <source>The reviewer&apos;s passphrase:</source>
        <translation type="unfinished">عبارة مرور المراجِع:</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation type="unfinished">حفظ طلب التسجيل</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">ملف التسجيل (*.json)</translation>
    </message>
    <message>
        <source>Give the file to the org admin and read them this key fingerprint by phone or in person: {f}</source>
        <translation type="unfinished">أعطِ الملف لمسؤول المنظمة واقرأ له بصمة المفتاح هذه بالهاتف أو شخصيًا: {f}</translation>
    </message>
    <message>
        <source>Choose the digital ID</source>
        <translation type="unfinished">اختر الهوية الرقمية</translation>
    </message>
    <message>
        <source>Digital ID (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished">الهوية الرقمية (*.p12 *.pfx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Digital ID</source>
        <translation type="unfinished">الهوية الرقمية</translation>
    </message>
    <message>
        <source>Password of the digital ID file:</source>
        <translation type="unfinished">كلمة مرور ملف الهوية الرقمية:</translation>
    </message>
    <message>
        <source>Importing the digital ID…</source>
        <translation type="unfinished">جارٍ استيراد الهوية الرقمية…</translation>
    </message>
    <message>
        <source>The digital ID will sign this reviewer&apos;s packets.</source>
        <translation type="unfinished">ستوقّع الهوية الرقمية ملفات التقديم لهذا المراجِع.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>Menus, screens and messages change at once. The packet for filing (forms and letters) stays in English.</source>
        <translation>تتغير القوائم والشاشات والرسائل فورًا. ملف التقديم (النماذج والرسائل) يبقى باللغة الإنجليزية.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>القفل بعد دقائق دون استخدام</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for</source>
        <translation>&amp;القفل بعد عدم الاستخدام لمدة</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>تدوير المفاتيح…</translation>
    </message>
    <message>
        <source>When the passphrase or an old key file may be known to someone: a new master key, old copies stop working.</source>
        <translation>عندما قد يعرف أحدٌ عبارة المرور أو ملف مفاتيح قديمًا: مفتاح رئيسي جديد، وتتوقف النسخ القديمة عن العمل.</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>مفتاح استرداد جديد…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. Keep it on a USB stick stored apart from the laptop; it opens only with this vault&apos;s passphrase.</source>
        <translation>النسخة الاحتياطية ملف واحد مشفّر. احفظها على ذاكرة USB بعيدًا عن الحاسوب المحمول؛ لا تُفتح إلا بعبارة مرور هذه الخزنة.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>نسخ احتياطي الآن…</translation>
    </message>
    <message>
        <source>This laptop (sharing cases)</source>
        <translation>هذا الحاسوب (مشاركة الحالات)</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>بصمة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>قائمة الثقة</translation>
    </message>
    <message>
        <source>Save enrolment for the org admin…</source>
        <translation>حفظ ملف التسجيل لمسؤول المنظمة…</translation>
    </message>
    <message>
        <source>A file with this laptop&apos;s public keys. The org admin lists it in the roster after comparing the fingerprint (read aloud or scanned from the QR code).</source>
        <translation>ملف فيه المفاتيح العامة لهذا الحاسوب. يضيفه مسؤول المنظمة إلى قائمة الثقة بعد مقارنة البصمة (تُقرأ بصوت عالٍ أو تُمسح من رمز QR).</translation>
    </message>
    <message>
        <source>QR code of this laptop&apos;s fingerprint</source>
        <translation>رمز QR لبصمة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Organization hub</source>
        <translation>مركز المنظمة</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>عنوان المركز</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>The site&apos;s hub user name</source>
        <translation>اسم مستخدم الموقع على المركز</translation>
    </message>
    <message>
        <source>Site &amp;user name</source>
        <translation>اسم م&amp;ستخدم الموقع</translation>
    </message>
    <message>
        <source>Save password in this computer&apos;s keyring…</source>
        <translation>حفظ كلمة المرور في سلسلة مفاتيح هذا الحاسوب…</translation>
    </message>
    <message>
        <source>The org admin gives the address, the user name and the password. Share → Exchange with the hub sends this laptop&apos;s work and takes the others&apos;.</source>
        <translation>يعطي مسؤول المنظمة العنوان واسم المستخدم وكلمة المرور. مشاركة ← التبادل مع المركز يرسل عمل هذا الحاسوب ويأخذ عمل الحواسيب الأخرى.</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>كلمة مرور المركز</translation>
    </message>
    <message>
        <source>The password of hub user “{user}”:</source>
        <translation>كلمة مرور مستخدم المركز «{user}»:</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in (common on Linux without a desktop keyring). Nothing was saved. Start Parole Desktop with PAROLE_HUB_USER and PAROLE_HUB_PASSWORD set in its environment instead.</source>
        <translation>لا توجد في هذا الحاسوب سلسلة مفاتيح لحفظ كلمة المرور (أمر شائع على لينكس بلا سلسلة مفاتيح لسطح المكتب). لم يُحفظ شيء. بدلًا من ذلك، شغّل Parole Desktop مع ضبط PAROLE_HUB_USER وPAROLE_HUB_PASSWORD في بيئته.</translation>
    </message>
    <message>
        <source>The password of hub user “{user}” is kept in this computer&apos;s keyring.</source>
        <translation>كلمة مرور مستخدم المركز «{user}» محفوظة في سلسلة مفاتيح هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s enrolment</source>
        <translation>حفظ ملف تسجيل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation>ملف التسجيل (*.json)</translation>
    </message>
    <message>
        <source>Enrolment not saved</source>
        <translation>لم يُحفظ ملف التسجيل</translation>
    </message>
    <message>
        <source>Enrolment saved</source>
        <translation>حُفظ ملف التسجيل</translation>
    </message>
    <message>
        <source>Give {file} to the org admin and compare this fingerprint with theirs: {fpr}</source>
        <translation>أعطِ {file} لمسؤول المنظمة وقارن هذه البصمة ببصمته: {fpr}</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>لم تُنسخ هذه الخزنة احتياطيًا قط.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>آخر نسخة احتياطية: {when}</translation>
    </message>
    <message>
        <source>Make the first backup onto a USB stick when you can.</source>
        <translation>أنشئ أول نسخة احتياطية على ذاكرة USB عندما تستطيع.</translation>
    </message>
    <message>
        <source>Please make a backup now.</source>
        <translation>يُرجى عمل نسخة احتياطية الآن.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>SignoffGuard</name>
    <message>
        <source>Change the signed request…</source>
        <translation type="unfinished">تغيير الطلب الموقّع…</translation>
    </message>
    <message>
        <source>the reviewer&apos;s sign-off</source>
        <translation type="unfinished">اعتماد المراجِع</translation>
    </message>
    <message>
        <source>the sign-off by {name} on {date}</source>
        <translation type="unfinished">اعتماد {name} في {date}</translation>
    </message>
    <message>
        <source>This request matches {who}. Any change you make now sets that sign-off aside until the request is back as signed or the reviewer signs again.</source>
        <translation type="unfinished">هذا الطلب يطابق {who}. أي تغيير تجريه الآن يعلّق ذلك الاعتماد حتى يعود الطلب كما وُقّع أو يوقّع المراجِع مجددًا.</translation>
    </message>
    <message>
        <source>Signed off: this request matches {who}. Its fields are locked so that a slip of the keyboard cannot set the sign-off aside.</source>
        <translation type="unfinished">معتمد: هذا الطلب يطابق {who}. حقوله مقفلة كي لا تعلّق زلّة في لوحة المفاتيح الاعتماد.</translation>
    </message>
    <message>
        <source>{who} no longer matches this request: it was changed after the reviewer signed. Ask the reviewer to review and sign again.</source>
        <translation type="unfinished">{who} لم يعد يطابق هذا الطلب: غُيّر بعد توقيع المراجِع. اطلب من المراجِع المراجعة والتوقيع مجددًا.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"> و{n} غيرها</translation>
    </message>
    <message>
        <source>{who} no longer matches: changed {fields}. Undo these changes to restore the sign-off, or ask the reviewer to sign again.</source>
        <translation type="unfinished">{who} لم يعد مطابقًا: تغيّر {fields}. تراجع عن هذه التغييرات لاستعادة الاعتماد، أو اطلب من المراجِع التوقيع مجددًا.</translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished">حقل</translation>
    </message>
    <message>
        <source>Change a signed request</source>
        <translation type="unfinished">تغيير طلب موقّع</translation>
    </message>
    <message>
        <source>This request matches {who}. If you change anything, the sign-off is set aside: the request cannot be exported as final until it is back exactly as signed or the reviewer signs again.

Change the request?</source>
        <translation type="unfinished">هذا الطلب يطابق {who}. إن غيّرت أي شيء، يُعلَّق الاعتماد: لا يمكن تصدير الطلب كنهائي حتى يعود تمامًا كما وُقّع أو يوقّع المراجِع مجددًا.

هل تريد تغيير الطلب؟</translation>
    </message>
    <message>
        <source>You are changing a signed request ({who}). Changed fields are listed here as you type.</source>
        <translation type="unfinished">أنت تغيّر طلبًا موقّعًا ({who}). تظهر الحقول المتغيرة هنا أثناء الكتابة.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>أعِده (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>أُعيد.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation>فتح قفل الخزنة</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>استخدام مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Unlock anyway</source>
        <translation>فتح القفل على أي حال</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>DEMO vault with synthetic cases. Passphrase: {passphrase} — do not put real client data in it; start without --demo for your own vault.</source>
        <translation>خزنة تجريبية بقضايا وهمية. عبارة المرور: {passphrase} — لا تضع فيها بيانات عملاء حقيقية؛ شغّل البرنامج بدون ⁦--demo⁩ لخزنتك الخاصة.</translation>
    </message>
    <message>
        <source>Demo reviewer&apos;s passphrase: {p}</source>
        <translation>عبارة مرور المراجِع التجريبي: {p}</translation>
    </message>
    <message>
        <source>Only do this if the vault is not open on the other computer any more (it crashed, or the USB stick was pulled out). Two computers writing to one vault can lose work.</source>
        <translation>لا تفعل ذلك إلا إذا لم تعد الخزنة مفتوحة على الحاسوب الآخر (توقف عن العمل، أو نُزعت ذاكرة USB). إذا كتب حاسوبان في خزنة واحدة فقد يضيع العمل.</translation>
    </message>
    <message>
        <source>Wrong passphrase. You can try again in {n} s.</source>
        <translation>عبارة المرور خاطئة. يمكنك المحاولة مرة أخرى بعد {n} ث.</translation>
    </message>
    <message>
        <source>Unlock ({n} s)</source>
        <translation>فتح القفل ({n} ث)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>عبارة المرور خاطئة. تحقّق من مفتاح الأحرف الكبيرة ولغة لوحة المفاتيح، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation type="unfinished">
            <numerusform>سجل التدقيق سليم: لا إدخالات، لم يتغير أي منها ولم يُحذف.</numerusform>
            <numerusform>سجل التدقيق سليم: إدخال واحد، لم يتغير ولم يُحذف.</numerusform>
            <numerusform>سجل التدقيق سليم: إدخالان، لم يتغير أي منهما ولم يُحذف.</numerusform>
            <numerusform>سجل التدقيق سليم: %n إدخالات، لم يتغير أي منها ولم يُحذف.</numerusform>
            <numerusform>سجل التدقيق سليم: %n إدخالًا، لم يتغير أي منها ولم يُحذف.</numerusform>
            <numerusform>سجل التدقيق سليم: %n إدخال، لم يتغير أي منها ولم يُحذف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has problems (%n entries checked):
{problems}</source>
        <translation type="unfinished">
            <numerusform>في سجل التدقيق مشكلات (لم يُفحص أي إدخال):
{problems}</numerusform>
            <numerusform>في سجل التدقيق مشكلات (فُحص إدخال واحد):
{problems}</numerusform>
            <numerusform>في سجل التدقيق مشكلات (فُحص إدخالان):
{problems}</numerusform>
            <numerusform>في سجل التدقيق مشكلات (فُحصت %n إدخالات):
{problems}</numerusform>
            <numerusform>في سجل التدقيق مشكلات (فُحص %n إدخالًا):
{problems}</numerusform>
            <numerusform>في سجل التدقيق مشكلات (فُحص %n إدخال):
{problems}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo vault…</source>
        <translation type="unfinished">جارٍ إنشاء الخزنة التجريبية…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Parole Desktop</source>
        <translation type="unfinished">Parole Desktop</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Accredited representative</source>
        <translation type="unfinished">ممثل معتمد</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished">محامٍ</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP في منفذ دخول</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">صدر القرار</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">مسودة</translation>
    </message>
    <message>
        <source>Family unity</source>
        <translation type="unfinished">لمّ شمل العائلة</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">مقدَّم</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation type="unfinished">جنازة</translation>
    </message>
    <message>
        <source>Legal proceeding</source>
        <translation type="unfinished">إجراء قانوني</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished">علاج طبي</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation type="unfinished">متبرع بعضو</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">آخر</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished">الحماية</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">منفعة عامة</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">جاهز للمراجعة</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">معتمد</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">مشرف</translation>
    </message>
    <message>
        <source>USCIS (Form I-131)</source>
        <translation type="unfinished">USCIS (Form I-131)</translation>
    </message>
    <message>
        <source>Visit a sick relative</source>
        <translation type="unfinished">زيارة قريب مريض</translation>
    </message>
</context>
<context>
    <name>pack_texts</name>
    <message>
        <source>translation out of date: shown in English</source>
        <translation type="unfinished">الترجمة قديمة: تُعرض بالإنجليزية</translation>
    </message>
    <message>
        <source>not translated yet: shown in English</source>
        <translation type="unfinished">لم تُترجم بعد: تُعرض بالإنجليزية</translation>
    </message>
    <message>
        <source>* not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">* لم تُراجَع بعد: مسودة ترجمة لم يراجعها مترجم مؤهل.</translation>
    </message>
    <message>
        <source>Not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">لم تُراجَع بعد: مسودة ترجمة لم يراجعها مترجم مؤهل.</translation>
    </message>
    <message>
        <source>In English, as stored: {message}</source>
        <translation type="unfinished">بالإنجليزية، كما هو محفوظ: {message}</translation>
    </message>
    <message>
        <source>In English: {text}</source>
        <translation type="unfinished">بالإنجليزية: {text}</translation>
    </message>
</context>
<context>
    <name>quarantine</name>
    <message>
        <source>Case change</source>
        <extracomment>seal context -&gt; what the table calls it</extracomment>
        <translation type="unfinished">تغيير في الحالة</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished">ملف دليل</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished">اعتماد</translation>
    </message>
    <message>
        <source>Rules pack</source>
        <translation type="unfinished">حزمة القواعد</translation>
    </message>
    <message>
        <source>Signed filing</source>
        <translation type="unfinished">ملف تقديم موقَّع</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">تاريخ الاستلام</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">من</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">السبب</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation type="unfinished">حاسوب غير معروف</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished">في الانتظار</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation type="unfinished">موضوع جانبًا</translation>
    </message>
    <message>
        <source>Received but not applied</source>
        <translation type="unfinished">مستلَم ولكن غير مطبَّق</translation>
    </message>
    <message>
        <source>Copy reason</source>
        <translation type="unfinished">نسخ السبب</translation>
    </message>
    <message>
        <source>Nothing received is kept aside.</source>
        <translation type="unfinished">لا شيء مما استُلم موضوع جانبًا.</translation>
    </message>
    <message>
        <source>What other laptops sent that this laptop has not applied, and why. What is kept aside is never applied; what is waiting is taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">ما أرسلته حواسيب أخرى ولم يطبّقه هذا الحاسوب، ولماذا. ما يوضع جانبًا لا يُطبَّق أبدًا؛ وما هو في الانتظار يُؤخذ حالما يصل ما يعتمد عليه.</translation>
    </message>
</context>
<context>
    <name>reviewers</name>
    <message>
        <source>Trust this organization?</source>
        <translation type="unfinished">هل تثق بهذه المنظمة؟</translation>
    </message>
    <message>
        <source>First roster for this vault: {org}.
Type the org key fingerprint the org admin gave you by phone or in person (32 characters or more). Nothing is trusted if it differs.</source>
        <translation type="unfinished">أول قائمة ثقة لهذه الخزنة: {org}.
اكتب بصمة مفتاح المنظمة التي أعطاك إياها مسؤول المنظمة بالهاتف أو شخصيًا (32 حرفًا أو أكثر). لا يُوثق بشيء إذا اختلفت.</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">جارٍ النسخ الاحتياطي للخزنة…</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Parole Desktop bundle (*.pdbundle);;All files (*)</source>
        <translation type="unfinished">حزمة Parole Desktop (*.pdbundle);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>any laptop of the organization</source>
        <translation type="unfinished">أي حاسوب محمول تابع للمنظمة</translation>
    </message>
    <message>
        <source>The bundle holds nothing new: as far as this laptop knows, they already have everything it has. It still carries this laptop&apos;s acknowledgements.</source>
        <translation type="unfinished">لا تحتوي الحزمة على شيء جديد: بحسب ما يعرفه هذا الحاسوب، لديهم كل ما لديه. لكنها لا تزال تحمل إقرارات هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{count} sealed objects, {size} KB.</source>
        <translation type="unfinished">{count} عنصرًا مختومًا، {size} كيلوبايت.</translation>
    </message>
    <message>
        <source>Bundle number {number} for {who} written to:
{path}

{body}</source>
        <translation type="unfinished">كُتبت الحزمة رقم {number} لـ {who} في:
{path}

{body}</translation>
    </message>
    <message>
        <source>Bundle number {number} from “{sender}” imported.

Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">استُوردت الحزمة رقم {number} من «{sender}».

طُبّق: {applied}
بانتظار ما تعتمد عليه: {waiting}
موجود مسبقًا: {duplicate}
وُضع جانبًا (في الحجر): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">وُضع جانبًا، والسبب:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">ما ينتظر يُحتفظ به ويؤخذ بمجرد وصول ما يعتمد عليه.</translation>
    </message>
    <message>
        <source>Export a bundle to…</source>
        <translation type="unfinished">تصدير حزمة إلى…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Import which bundle?</source>
        <translation type="unfinished">أي حزمة تريد استيرادها؟</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>جارٍ استيراد الحزمة…</translation>
    </message>
    <message>
        <source>Code for this exchange</source>
        <translation type="unfinished">رمز هذا التبادل</translation>
    </message>
    <message>
        <source>“{peer}” wants to exchange with this laptop. Accept only if the sending laptop shows the same code:</source>
        <translation type="unfinished">«{peer}» يريد التبادل مع هذا الحاسوب. لا تقبل إلا إذا كان الحاسوب المُرسِل يعرض الرمز نفسه:</translation>
    </message>
    <message>
        <source>Connected to “{peer}”. Check that it shows the same code; the person there accepts it:</source>
        <translation type="unfinished">متصل بـ «{peer}». تحقّق من أنه يعرض الرمز نفسه؛ والشخص الموجود هناك هو من يقبله:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">قبول</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished">رفض</translation>
    </message>
    <message>
        <source>Receiving: {count} objects…</source>
        <translation type="unfinished">جارٍ الاستقبال: عدد العناصر {count}…</translation>
    </message>
    <message>
        <source>Waiting for a laptop of the organization.

On the sending laptop choose Share → Send to a laptop on this network… and type:
{addresses}

This laptop&apos;s fingerprint: {fingerprint}</source>
        <translation type="unfinished">بانتظار حاسوب تابع للمنظمة.

على الحاسوب المُرسِل اختر مشاركة ← إرسال إلى حاسوب على هذه الشبكة… واكتب:
{addresses}

بصمة هذا الحاسوب: {fingerprint}</translation>
    </message>
    <message>
        <source>Sending: {done} of {total} objects…</source>
        <translation type="unfinished">جارٍ الإرسال: العنصر {done} من {total}…</translation>
    </message>
    <message>
        <source>Receiving: {done} of {total} objects…</source>
        <translation type="unfinished">جارٍ الاستقبال: العنصر {done} من {total}…</translation>
    </message>
    <message>
        <source>Exchanged with “{peer}”.

Sent: {sent}
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">تم التبادل مع «{peer}».

أُرسل: {sent}
طُبّق: {applied}
بانتظار ما تعتمد عليه: {waiting}
موجود مسبقًا: {duplicate}
وُضع جانبًا (في الحجر): {quarantined}</translation>
    </message>
    <message>
        <source>It stopped part-way: what moved is kept on both laptops; exchange again to finish.</source>
        <translation type="unfinished">توقّف في منتصف الطريق: ما انتقل محفوظ على الحاسوبين كليهما؛ أعد التبادل لإكماله.</translation>
    </message>
    <message>
        <source>Receive on this network</source>
        <translation type="unfinished">الاستقبال على هذه الشبكة</translation>
    </message>
    <message>
        <source>Receiving on this network…</source>
        <translation type="unfinished">جارٍ الاستقبال على هذه الشبكة…</translation>
    </message>
    <message>
        <source>Send to a laptop on this network</source>
        <translation type="unfinished">الإرسال إلى حاسوب على هذه الشبكة</translation>
    </message>
    <message>
        <source>The address the receiving laptop shows (e.g. 192.168.1.20:{port}):</source>
        <translation type="unfinished">العنوان الذي يعرضه الحاسوب المستقبِل (مثلًا 192.168.1.20:{port}):</translation>
    </message>
    <message>
        <source>Exchanging on this network…</source>
        <translation type="unfinished">جارٍ التبادل على هذه الشبكة…</translation>
    </message>
</context>
<context>
    <name>share_hub</name>
    <message>
        <source>Looking at the hub…</source>
        <translation type="unfinished">جارٍ الاطلاع على المركز…</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s work: {done} of {total}</source>
        <translation type="unfinished">إرسال عمل هذا الحاسوب: {done} من {total}</translation>
    </message>
    <message>
        <source>Receiving the other laptops&apos; work: {done}</source>
        <translation type="unfinished">استلام عمل الحواسيب الأخرى: {done}</translation>
    </message>
    <message>
        <source>Sent to the hub: {sent}

Received from the hub:
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">أُرسل إلى المركز: {sent}

استُلم من المركز:
طُبّق: {applied}
بانتظار ما يعتمد عليه: {waiting}
موجود هنا من قبل: {duplicate}
وُضع جانبًا (في الحجر): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">وُضع جانبًا، والسبب:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">ما هو بالانتظار محفوظ ويُؤخذ فور وصول ما يعتمد عليه.</translation>
    </message>
    <message>
        <source>Cases with fields changed differently on two laptops: {count}. Conflicts in the status bar opens them.</source>
        <translation type="unfinished">حالات فيها حقول غُيّرت بشكل مختلف على حاسوبين: {count}. «التعارضات» في شريط الحالة يفتحها.</translation>
    </message>
    <message>
        <source>Cancelled. What was already sent or received is kept; Exchange with the hub again to finish.</source>
        <translation type="unfinished">أُلغي. ما أُرسل أو استُلم محفوظ؛ تبادل مع المركز مرة أخرى للإكمال.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: check that this laptop is on the network and that the hub&apos;s address in Settings → Organization hub is right.</source>
        <translation type="unfinished">تعذّر الوصول إلى المركز: تحقّق من أن هذا الحاسوب متصل بالشبكة وأن عنوان المركز في الإعدادات ← مركز المنظمة صحيح.</translation>
    </message>
    <message>
        <source>The hub refused the user name or password: check both in Settings → Organization hub (the org admin can give the password again).</source>
        <translation type="unfinished">رفض المركز اسم المستخدم أو كلمة المرور: تحقّق منهما في الإعدادات ← مركز المنظمة (يمكن لمسؤول المنظمة إعطاء كلمة المرور مجددًا).</translation>
    </message>
    <message>
        <source>The hub is not set up for Parole Desktop yet: the org admin runs “hub init” once on it, then try again.</source>
        <translation type="unfinished">المركز غير مُعدّ بعد لـ Parole Desktop: يشغّل مسؤول المنظمة «hub init» مرة واحدة عليه، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>No organization hub is set up on this laptop: give its address and the site&apos;s user name in Settings → Organization hub.</source>
        <translation type="unfinished">لا يوجد مركز منظمة مُعدّ على هذا الحاسوب: أدخل عنوانه واسم مستخدم الموقع في الإعدادات ← مركز المنظمة.</translation>
    </message>
    <message>
        <source>There is no password for the hub on this laptop: save it with Settings → Organization hub → Save password in this computer&apos;s keyring…, or start the app with PAROLE_HUB_PASSWORD set.</source>
        <translation type="unfinished">لا توجد كلمة مرور للمركز على هذا الحاسوب: احفظها عبر الإعدادات ← مركز المنظمة ← حفظ كلمة المرور في سلسلة مفاتيح هذا الحاسوب…، أو شغّل التطبيق مع ضبط PAROLE_HUB_PASSWORD.</translation>
    </message>
    <message>
        <source>Exchange with the hub</source>
        <translation type="unfinished">التبادل مع المركز</translation>
    </message>
    <message>
        <source>Exchanging with the hub…</source>
        <translation type="unfinished">جارٍ التبادل مع المركز…</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Parole Desktop backup (*.pdbackup);;All files (*)</source>
        <translation type="unfinished">نسخة احتياطية لـ Parole Desktop (*.pdbackup);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup written and verified:
{path}

{cases} cases, {files} files, {size:.1f} MB.
Last backup: {when}</source>
        <translation type="unfinished">كُتبت النسخة الاحتياطية وتم التحقق منها:
{path}

القضايا: {cases}، الملفات: {files}، {size:.1f} ميغابايت.
آخر نسخة احتياطية: {when}</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished">استبدالها</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">جارٍ النسخ الاحتياطي للخزنة…</translation>
    </message>
    <message>
        <source>Back up the vault to…</source>
        <translation type="unfinished">النسخ الاحتياطي للخزنة إلى…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation type="unfinished">استُعيدت النسخة الاحتياطية. افتح قفلها بعبارة المرور التي صُنعت بها.</translation>
    </message>
    <message>
        <source>The previous vault was kept aside in:
{folder}</source>
        <translation type="unfinished">حُفظت الخزنة السابقة جانبًا في:
{folder}</translation>
    </message>
    <message>
        <source>Restore the other vault</source>
        <translation type="unfinished">استعادة الخزنة الأخرى</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished">مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will no longer open this vault. Do this when the old one may have been seen or lost.</source>
        <translation type="unfinished">هل تريد إنشاء مفتاح استرداد جديد؟ لن يفتح المفتاح القديم هذه الخزنة بعد ذلك. افعل هذا إذا كان القديم قد رآه أحد أو فُقد.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished">إنشاء مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>Write this recovery key down (or print this window) and keep it apart from the laptop. It is shown only now:

{key}</source>
        <translation type="unfinished">اكتب مفتاح الاسترداد هذا (أو اطبع هذه النافذة) واحفظه بعيدًا عن الحاسوب المحمول. يُعرض الآن فقط:

{key}</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation type="unfinished">تدوير المفاتيح</translation>
    </message>
    <message>
        <source>Rotating the keys makes copies of the old key file and the old recovery key useless against this vault. Backups made before keep their old keys: make a new backup afterwards.

The vault&apos;s passphrase:</source>
        <translation type="unfinished">تدوير المفاتيح يجعل نسخ ملف المفاتيح القديم ومفتاح الاسترداد القديم عديمة الفائدة مع هذه الخزنة. النسخ الاحتياطية السابقة تحتفظ بمفاتيحها القديمة: أنشئ نسخة احتياطية جديدة بعد ذلك.

عبارة مرور الخزنة:</translation>
    </message>
    <message>
        <source>Re-encrypting the files…</source>
        <translation type="unfinished">جارٍ إعادة تشفير الملفات…</translation>
    </message>
    <message>
        <source>Rotating the vault&apos;s keys…</source>
        <translation type="unfinished">جارٍ تدوير مفاتيح الخزنة…</translation>
    </message>
    <message>
        <source>Import a signed rules pack</source>
        <translation type="unfinished">استيراد حزمة قواعد موقّعة</translation>
    </message>
    <message>
        <source>Rules pack (*.json *.signed.json *.pack);;All files (*)</source>
        <translation type="unfinished">حزمة القواعد (*.json *.signed.json *.pack);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Rules pack refused</source>
        <translation type="unfinished">رُفضت حزمة القواعد</translation>
    </message>
    <message>
        <source>The rules pack was not imported:
{why}</source>
        <translation type="unfinished">لم تُستورد حزمة القواعد:
{why}</translation>
    </message>
    <message>
        <source>Rules pack imported</source>
        <translation type="unfinished">استُوردت حزمة القواعد</translation>
    </message>
    <message>
        <source>Imported {id} version {version}, as of {as_of}.
Readiness is checked with the newest pack from the next unlock.</source>
        <translation type="unfinished">استُورد {id} الإصدار {version}، بتاريخ {as_of}.
تُفحص الجاهزية بأحدث حزمة بدءًا من فتح القفل التالي.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">سجل التدقيق</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished">حول {app}</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>The text is refused: {why}.</source>
        <translation type="unfinished">النص مرفوض: {why}.</translation>
    </message>
</context>
</TS>
