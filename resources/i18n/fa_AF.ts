<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF" sourcelanguage="en">
<context>
    <name>BackgroundPage</name>
    <message>
        <source>Ask each question and record the answer as given. Any “yes” is flagged for the reviewer; explain it below.</source>
        <translation type="unfinished">هر سؤال را بپرسید و پاسخ را همان‌طور که داده می‌شود ثبت کنید. هر «بلی» برای بازبین علامت‌گذاری می‌شود؛ آن را در پایین توضیح دهید.</translation>
    </message>
    <message>
        <source>Background questions (Form I-131)</source>
        <translation type="unfinished">سؤال‌های سوابق (Form I-131)</translation>
    </message>
    <message>
        <source>If yes: what happened, when, where, and the outcome</source>
        <translation type="unfinished">اگر بلی: چه شد، چه وقت، کجا و نتیجه چه بود</translation>
    </message>
    <message>
        <source>Explanation of this “yes”</source>
        <translation type="unfinished">توضیح این «بلی»</translation>
    </message>
    <message>
        <source>For every “yes”: what happened, when, where, and the outcome.</source>
        <translation type="unfinished">برای هر «بلی»: چه شد، چه وقت، کجا و نتیجه چه بود.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished">توضیح</translation>
    </message>
    <message>
        <source>Has the beneficiary ever been arrested, charged or convicted of a crime anywhere?</source>
        <translation type="unfinished">آیا ذی‌نفع هرگز در جایی به جرمی گرفتار، متهم یا محکوم شده است؟</translation>
    </message>
    <message>
        <source>Has the beneficiary ever violated US immigration law (e.g. overstayed)?</source>
        <translation type="unfinished">آیا ذی‌نفع هرگز قانون مهاجرت امریکا را نقض کرده است (مثلاً بیش از مدت مجاز مانده)؟</translation>
    </message>
    <message>
        <source>Is the beneficiary now in removal proceedings in the US?</source>
        <translation type="unfinished">آیا ذی‌نفع اکنون در امریکا در جریان مراحل اخراج (removal proceedings) است؟</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نخیر</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished">هنوز پاسخ داده نشده</translation>
    </message>
    <message>
        <source>Was the beneficiary ever refused a US visa?</source>
        <translation type="unfinished">آیا هرگز به ذی‌نفع ویزهٔ امریکا رد شده است؟</translation>
    </message>
    <message>
        <source>Was the beneficiary ever removed or deported from the US?</source>
        <translation type="unfinished">آیا ذی‌نفع هرگز از امریکا اخراج یا دیپورت شده است؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بلی</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search cases by name or passport number</source>
        <translation>جستجوی قضیه‌ها با نام یا شمارهٔ پاسپورت</translation>
    </message>
    <message>
        <source>Search names or passport numbers (Ctrl+F)</source>
        <translation>جستجوی نام‌ها یا شماره‌های پاسپورت (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>فلتر وضعیت</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>فلتر دلیل</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>همهٔ دلیل‌ها</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>فلتر مرجع</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>همهٔ مرجع‌ها</translation>
    </message>
    <message numerus="yes">
        <source>Key date within %n day(s)</source>
        <translation>
            <numerusform>تاریخ مهم در %n روز آینده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln قضیه</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>آماده نیست</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>قضیه‌ها</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation>هیچ قضیه‌ای با جستجو و فلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No cases yet. Choose File → New case (Ctrl+N) to start a request.</source>
        <translation>هنوز قضیه‌ای نیست. برای آغاز یک درخواست فایل ← قضیهٔ نو (Ctrl+N) را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(بدون نام)</translation>
    </message>
    <message>
        <source>{status} ⚠ conflict</source>
        <translation type="unfinished">{status} ⚠ تعارض</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished">بررسی نشده</translation>
    </message>
    <message>
        <source>{date} ⚠ expired</source>
        <translation type="unfinished">{date} ⚠ منقضی شده</translation>
    </message>
    <message>
        <source>{date} ⚠ {days} d</source>
        <translation type="unfinished">{date} ⚠ {days} روز</translation>
    </message>
    <message>
        <source>Parole expires soon: talk to the beneficiary about re-parole in time.</source>
        <translation type="unfinished">پارول به زودی منقضی می‌شود: به وقتش با ذی‌نفع دربارهٔ تمدید پارول (re-parole) صحبت کنید.</translation>
    </message>
    <message>
        <source>Two laptops changed this case differently: open it to choose which value to keep.</source>
        <translation type="unfinished">دو لپ‌تاپ این قضیه را به گونه‌های مختلف تغییر داده‌اند: آن را باز کنید تا انتخاب کنید کدام مقدار بماند.</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished">تولد {date}</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">ذی‌نفع</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">مرجع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">کشور</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation type="unfinished">گروه خانواده</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">تاریخ مهم</translation>
    </message>
    <message>
        <source>Parole expiry</source>
        <translation type="unfinished">انقضای پارول</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished">آمادگی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>← Cases</source>
        <translation>→ قضیه‌ها</translation>
    </message>
    <message>
        <source>Removed…</source>
        <translation type="unfinished">حذف‌شده‌ها…</translation>
    </message>
    <message>
        <source>People and documents removed from this case, kept until it is signed off: put one back</source>
        <translation type="unfinished">اشخاص و اسنادی که از این قضیه حذف شده‌اند و تا تأیید آن نگه داشته می‌شوند: یکی را برگردانید</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>همهٔ تغییرات ذخیره شد</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(بدون نام)</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished">{name} حذف شد.</translation>
    </message>
    <message>
        <source>a parole</source>
        <translation type="unfinished">یک پارول</translation>
    </message>
    <message>
        <source>Removed the parole {what}.</source>
        <translation type="unfinished">پارول {what} حذف شد.</translation>
    </message>
    <message>
        <source>Removed the document “{title}”.</source>
        <translation type="unfinished">سند «{title}» حذف شد.</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished">ذخیره نشد: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">ذخیره نشد</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Not saved: {field} — {why}</source>
        <translation type="unfinished">ذخیره نشد: {field} — {why}</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished">مقدار درست نیست</translation>
    </message>
    <message>
        <source>This case had input that was not saved when the vault locked. It was kept encrypted in the vault and is back in the fields: check it.</source>
        <translation type="unfinished">این قضیه معلوماتی داشت که هنگام قفل شدن گاوصندوق ذخیره نشده بود. این معلومات رمزگذاری‌شده در گاوصندوق نگه داشته شد و دوباره در خانه‌ها آمده است: آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>Unsaved input restored</source>
        <translation type="unfinished">معلومات ذخیره‌نشده بازگردانده شد</translation>
    </message>
    <message>
        <source>Saving soon…</source>
        <translation type="unfinished">به زودی ذخیره می‌شود…</translation>
    </message>
    <message>
        <source>the exhibits</source>
        <translation type="unfinished">ضمیمه‌ها</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation type="unfinished">نخست نام عضو خانواده را بنویسید.</translation>
    </message>
    <message>
        <source>Case {n} was started for {name}, with the shared details copied. Both requests are in one family group.</source>
        <translation type="unfinished">قضیهٔ {n} برای {name} آغاز شد و جزئیات مشترک کاپی شد. هر دو درخواست در یک گروه خانواده هستند.</translation>
    </message>
    <message>
        <source>Family member&apos;s request</source>
        <translation type="unfinished">درخواست عضو خانواده</translation>
    </message>
    <message>
        <source>Checking the request and every attached file…</source>
        <translation type="unfinished">بررسی درخواست و همهٔ فایل‌های ضمیمه…</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation type="unfinished">اجرای بررسی‌ها</translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished">باطل</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n مورد برای اصلاح</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished">(هنوز بدون نام)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>سوابق</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>بررسی‌ها</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Reason and statement</source>
        <translation>دلیل و اظهارنامه</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>بازبینی و تأیید</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished">یافته</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">قاعده</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished">مأخذ</translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to go to the field it is about.</source>
        <translation type="unfinished">روی یک یافته دو بار کلیک کنید (یا Enter را فشار دهید) تا به خانه‌ای که به آن مربوط است بروید.</translation>
    </message>
    <message>
        <source>Run checks again</source>
        <translation type="unfinished">اجرای دوبارهٔ بررسی‌ها</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules pack {id} {version}&lt;/b&gt;, as of {as_of}.&lt;br&gt;Checks tell you what is missing; the reviewer decides. Nothing here is legal advice.</source>
        <translation type="unfinished">&lt;b&gt;بستهٔ قواعد {id} {version}&lt;/b&gt;، به‌روز تا {as_of}.&lt;br&gt;بررسی‌ها می‌گویند چه چیزی کم است؛ تصمیم با بازبین است. هیچ چیزی در اینجا مشورهٔ حقوقی نیست.</translation>
    </message>
    <message>
        <source>{f} to fix before review · {w} warning(s)</source>
        <translation type="unfinished">{f} مورد برای اصلاح پیش از بازبینی · {w} هشدار</translation>
    </message>
    <message>
        <source>Nothing blocks review · {w} warning(s). The reviewer decides.</source>
        <translation type="unfinished">هیچ چیزی مانع بازبینی نیست · {w} هشدار. تصمیم با بازبین است.</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation type="unfinished">{label} ({n})</translation>
    </message>
    <message>
        <source>  [verify before filing]</source>
        <translation type="unfinished">  [پیش از ارائه بررسی شود]</translation>
    </message>
    <message>
        <source>Verify before filing: figures in the rules pack ({n})</source>
        <translation type="unfinished">پیش از ارائه بررسی شود: ارقام بستهٔ قواعد ({n})</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation type="unfinished">برای معلومات شما</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation type="unfinished">باید اصلاح شود</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished">هشدارها</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished">خانه</translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished">اصل</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">این لپ‌تاپ</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished">رسیده</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation type="unfinished">پرونده حذف شد</translation>
    </message>
    <message>
        <source>case kept, with its edits</source>
        <translation type="unfinished">پرونده با تغییراتش نگه داشته شد</translation>
    </message>
    <message>
        <source>Another laptop changed {n} field(s) of this case differently. Until you choose, the case keeps this laptop&apos;s values and cannot be signed off.</source>
        <translation type="unfinished">لپ‌تاپ دیگری {n} خانهٔ این قضیه را به گونهٔ دیگری تغییر داده است. تا شما انتخاب نکنید، قضیه مقدارهای این لپ‌تاپ را نگه می‌دارد و تأیید نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parole Desktop: unexpected error</source>
        <translation type="unfinished">Parole Desktop: خطای غیرمنتظره</translation>
    </message>
    <message>
        <source>Something went wrong that should not happen. Everything already saved is safe in the vault.
Please copy the details below and send them to whoever supports your organisation&apos;s laptops. They contain no case data.</source>
        <translation type="unfinished">مشکلی پیش آمد که نباید پیش می‌آمد. هر چه تا حالا ذخیره شده، در گاوصندوق امن است.
لطفاً جزئیات زیر را کاپی کنید و برای کسی بفرستید که لپ‌تاپ‌های سازمان شما را پشتیبانی می‌کند. در آن هیچ معلومات قضیه نیست.</translation>
    </message>
    <message>
        <source>The log folder is {folder}.</source>
        <translation type="unfinished">پوشهٔ ثبت‌ها {folder} است.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">جزئیات خطا</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">کاپی جزئیات</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>گاوصندوق خود را بسازید</translation>
    </message>
    <message>
        <source>Cases are kept in an encrypted vault on this computer. Choose a passphrase: a few words that you will remember and nobody can guess. Without it (or the recovery key shown next) the cases cannot be opened by anyone, including you.</source>
        <translation>قضیه‌ها در یک گاوصندوق رمزگذاری‌شده در همین کمپیوتر نگهداری می‌شوند. یک عبارت رمز انتخاب کنید: چند کلمه که به یاد داشته باشید و کسی نتواند حدس بزند. بدون آن (یا کلید بازیابی که بعداً نشان داده می‌شود) هیچ کس، حتی خود شما، نمی‌تواند قضیه‌ها را باز کند.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت رمز نو</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت رمز</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>عبارت رمز را دوباره بنویسید</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوت عبارت رمز</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>ساختن گاوصندوق</translation>
    </message>
    <message>
        <source>At least {n} characters; a phrase of several words is best.</source>
        <translation>دست کم {n} حرف؛ بهتر است عبارتی از چند کلمه باشد.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>دو عبارت رمز با هم فرق دارند.</translation>
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
        <translation>تاریخ را از تقویم انتخاب کنید</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri), or leave empty if unknown</source>
        <translation>سال/ماه/روز (هجری شمسی)، یا اگر معلوم نیست خالی بگذارید</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri)</source>
        <translation>سال/ماه/روز (هجری شمسی)</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: on. Type the date as the client gives it (1370/05/12); the Gregorian date is shown beside it and stored. Click (or Ctrl+J) for Gregorian dates.</source>
        <translation>تقویم هجری شمسی: روشن. تاریخ را همان‌طور که مراجع می‌گوید بنویسید (1370/05/12)؛ تاریخ میلادی کنار آن نشان داده و ذخیره می‌شود. برای تاریخ میلادی کلیک کنید (یا Ctrl+J).</translation>
    </message>
    <message>
        <source>Gregorian calendar for this date</source>
        <translation>تقویم میلادی برای این تاریخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty if unknown</source>
        <translation>YYYY-MM-DD، یا اگر معلوم نیست خالی بگذارید</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: off. Click (or Ctrl+J) to type the date as the client gives it in the Solar Hijri calendar.</source>
        <translation>تقویم هجری شمسی: خاموش. کلیک کنید (یا Ctrl+J) تا تاریخ را همان‌طور که مراجع به هجری شمسی می‌گوید بنویسید.</translation>
    </message>
    <message>
        <source>Solar Hijri calendar for this date</source>
        <translation>تقویم هجری شمسی برای این تاریخ</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as YYYY-MM-DD (2026-12-31) or {local}, or pick it from the calendar.</source>
        <translation>«{text}» تاریخ نیست. آن را به شکل YYYY-MM-DD (2026-12-31) یا {local} بنویسید، یا از تقویم انتخاب کنید.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is a Gregorian year. Type the date as the client gives it in the Solar Hijri calendar, or turn the Solar Hijri calendar off for this field (the sun button).</source>
        <translation>«{text}»: {year} سال میلادی است. تاریخ را همان‌طور که مراجع به هجری شمسی می‌گوید بنویسید، یا تقویم هجری شمسی را برای این خانه خاموش کنید (دکمهٔ آفتاب).</translation>
    </message>
    <message>
        <source>“{text}”: the year must have four digits, 1200 to 1599 (for example 1370).</source>
        <translation>«{text}»: سال باید چهار رقم داشته باشد، از 1200 تا 1599 (مثلاً 1370).</translation>
    </message>
    <message>
        <source>“{text}”: there is no month {month}; the months are 1 to 12.</source>
        <translation>«{text}»: ماه {month} وجود ندارد؛ ماه‌ها از 1 تا 12 هستند.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days.</source>
        <translation>«{text}»: {year} سال کبیسه نیست، پس ماه آخر آن (حوت) 29 روز دارد.</translation>
    </message>
    <message>
        <source>“{text}”: month {month} of {year} has {days} days.</source>
        <translation>«{text}»: ماه {month} سال {year}، {days} روز دارد.</translation>
    </message>
    <message>
        <source>“{text}” is not a Solar Hijri date. Type it as year/month/day (1370/05/12), or pick it from the calendar.</source>
        <translation>«{text}» تاریخ هجری شمسی نیست. آن را به شکل سال/ماه/روز (1370/05/12) بنویسید، یا از تقویم انتخاب کنید.</translation>
    </message>
    <message>
        <source>Stored as {date} (Gregorian)</source>
        <translation>به شکل {date} (میلادی) ذخیره می‌شود</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO VAULT — synthetic cases only. Do not enter real client data; start the app without --demo for your own vault.</source>
        <translation type="unfinished">گاوصندوق نمایشی — فقط قضیه‌های ساختگی. معلومات واقعی مراجعان را وارد نکنید؛ برای گاوصندوق خود برنامه را بدون ⁦--demo⁩ باز کنید.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Selected document</source>
        <extracomment>the volunteer asks to fill the stated facts from the document&apos;s text layer (read by the sandbox child)</extracomment>
        <translation type="unfinished">سند انتخاب‌شده</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">عنوان</translation>
    </message>
    <message>
        <source>Checklist item / kind</source>
        <translation type="unfinished">مورد فهرست مدارک / نوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>— not a translation —</source>
        <translation type="unfinished">— ترجمه نیست —</translation>
    </message>
    <message>
        <source>English translation of</source>
        <translation type="unfinished">ترجمهٔ انگلیسی از</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished">مترجم</translation>
    </message>
    <message>
        <source>The translator certified the translation is complete and accurate</source>
        <translation type="unfinished">مترجم تصدیق کرده است که ترجمه کامل و درست است</translation>
    </message>
    <message>
        <source>Third-party document that names the beneficiary</source>
        <translation type="unfinished">سند شخص سوم که نام ذی‌نفع در آن آمده</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">ثبت نشده</translation>
    </message>
    <message>
        <source>The original document</source>
        <translation type="unfinished">سند اصلی</translation>
    </message>
    <message>
        <source>A certified copy</source>
        <translation type="unfinished">کاپی تصدیق‌شده</translation>
    </message>
    <message>
        <source>A scan</source>
        <translation type="unfinished">یک اسکن</translation>
    </message>
    <message>
        <source>A phone photo</source>
        <translation type="unfinished">عکس موبایل</translation>
    </message>
    <message>
        <source>This file is</source>
        <translation type="unfinished">این فایل</translation>
    </message>
    <message>
        <source>What the document itself says (checked against the people&apos;s records):</source>
        <translation type="unfinished">آنچه خود سند می‌گوید (با سوابق اشخاص مقایسه می‌شود):</translation>
    </message>
    <message>
        <source>the name as spelled in the document</source>
        <translation type="unfinished">نام به همان املایی که در سند آمده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">تاریخ تولد</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">شمارهٔ پاسپورت</translation>
    </message>
    <message>
        <source>Fill in from the passport line of the document&apos;s text</source>
        <translation type="unfinished">پر کردن از سطر پاسپورت در متن سند</translation>
    </message>
    <message>
        <source>Reads the machine-readable line of a passport from the document&apos;s text layer (a PDF with text; a photo or a plain scan has none) and fills the empty fields above. Check what it fills.</source>
        <translation type="unfinished">سطر ماشین‌خوان پاسپورت را از لایهٔ متنی سند می‌خواند (PDF متنی؛ عکس یا اسکن ساده متن ندارد) و خانه‌های خالی بالا را پر می‌کند. آنچه را پر می‌کند بررسی کنید.</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">فایل</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">در حال خواندن متن سند…</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished">تاریخ تولد</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished">شمارهٔ پاسپورت</translation>
    </message>
    <message>
        <source>Filled from the document&apos;s passport line: {what}. Check them against the document.</source>
        <translation type="unfinished">از سطر پاسپورت سند پر شد: {what}. آن‌ها را با سند مقایسه کنید.</translation>
    </message>
    <message>
        <source>The fields already hold what you typed: nothing was changed.</source>
        <translation type="unfinished">خانه‌ها از قبل آنچه شما نوشته‌اید را دارند: هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>No passport line was found in the document&apos;s text (a photo or plain scan has no text): type what the document says.</source>
        <translation type="unfinished">در متن سند سطر پاسپورت پیدا نشد (عکس یا اسکن ساده متن ندارد): آنچه را سند می‌گوید بنویسید.</translation>
    </message>
    <message numerus="yes">
        <source> · %n page(s)</source>
        <translation type="unfinished">
            <numerusform> · %n صفحه</numerusform>
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
        <translation type="unfinished">&lt;b&gt;فهرست مدارک&lt;/b&gt; (از بستهٔ قواعد)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">مورد</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished">لازم</translation>
    </message>
    <message>
        <source>New files are:</source>
        <translation type="unfinished">فایل‌های نو:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished">افزودن فایل‌ها…</translation>
    </message>
    <message>
        <source>Or drop files here. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation type="unfinished">یا فایل‌ها را اینجا رها کنید. فایل‌ها رمزگذاری‌شده در گاوصندوق گذاشته می‌شوند؛ اصل آن‌ها در جای خود می‌ماند.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">پیش‌نمایش</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation type="unfinished">حذف از قضیه</translation>
    </message>
    <message>
        <source>✓ attached</source>
        <translation type="unfinished">✓ ضمیمه شد</translation>
    </message>
    <message>
        <source>⚠ translate</source>
        <translation type="unfinished">⚠ ترجمه شود</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation type="unfinished">✗ موجود نیست</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation type="unfinished">⚠ بررسی شود</translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation type="unfinished">○ هنوز نه</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">لازمی</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished">پیشنهادی</translation>
    </message>
    <message>
        <source>Needed, but another check comes first (see the Checks step).</source>
        <translation type="unfinished">لازم است، ولی نخست بررسی دیگری باید انجام شود (مرحلهٔ بررسی‌ها را ببینید).</translation>
    </message>
    <message>
        <source>A foreign-language document needs a certified English translation.</source>
        <translation type="unfinished">سند به زبان خارجی به ترجمهٔ انگلیسی تصدیق‌شده نیاز دارد.</translation>
    </message>
    <message>
        <source>translation of: {t}</source>
        <translation type="unfinished">ترجمهٔ: {t}</translation>
    </message>
    <message>
        <source>✓ prints</source>
        <translation type="unfinished">✓ چاپ می‌شود</translation>
    </message>
    <message>
        <source>✗ cannot be printed: {why}</source>
        <translation type="unfinished">✗ چاپ نمی‌شود: {why}</translation>
    </message>
    <message>
        <source>? printing not checked yet (run the full check)</source>
        <translation type="unfinished">? چاپ هنوز بررسی نشده (بررسی کامل را اجرا کنید)</translation>
    </message>
    <message>
        <source>Encrypting {name} into the vault…</source>
        <translation type="unfinished">در حال رمزگذاری {name} در گاوصندوق…</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not added.</source>
        <translation type="unfinished">لغو شد: فایل‌های باقی‌مانده افزوده نشدند.</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation type="unfinished">افزودن فایل‌ها</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished">بعضی فایل‌ها افزوده نشدند</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished">افزودن فایل‌های مدارک</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation type="unfinished">اسناد (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">در حال خواندن متن سند…</translation>
    </message>
    <message>
        <source>The document&apos;s text could not be read: {why}</source>
        <translation type="unfinished">متن سند خوانده نشد: {why}</translation>
    </message>
    <message>
        <source> (verify before filing)</source>
        <translation type="unfinished"> (پیش از ارائه بررسی شود)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Packet</source>
        <translation type="unfinished">بستهٔ درخواست</translation>
    </message>
    <message>
        <source>Draft (watermarked, for the reviewer and the family to read)</source>
        <translation type="unfinished">پیش‌نویس (با واترمارک، برای خواندن بازبین و خانواده)</translation>
    </message>
    <message>
        <source>Final (needs a valid sign-off; signed with the reviewer&apos;s digital ID)</source>
        <translation type="unfinished">نهایی (تأیید معتبر لازم است؛ با شناسهٔ دیجیتال بازبین امضا می‌شود)</translation>
    </message>
    <message>
        <source>Filing packet (exactly what is mailed or presented)</source>
        <translation type="unfinished">بستهٔ ارائه (دقیقاً آنچه پست یا ارائه می‌شود)</translation>
    </message>
    <message>
        <source>Review record (findings, verify items, signatures to collect, checklist, sign-off; not for filing)</source>
        <translation type="unfinished">سابقهٔ بازبینی (یافته‌ها، موارد بررسی، امضاهای لازم، فهرست مدارک، تأیید؛ برای ارائه نیست)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">عبارت رمز بازبین</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">انتخاب…</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation type="unfinished">ذخیره در پوشه</translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation type="unfinished">صدور بستهٔ درخواست</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">نتیجه</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">باز کردن پوشه</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>برای مراجع</translation>
    </message>
    <message>
        <source>Client sheet…</source>
        <translation>ورق مراجع…</translation>
    </message>
    <message>
        <source>A short PDF in the client&apos;s language: the documents still needed, what happens next and how to reach you. Never the filing.</source>
        <translation>یک PDF کوتاه به زبان مراجع: اسنادی که هنوز ضرورت است، قدم‌های بعدی و راه تماس با شما. هرگز خود درخواست نیست.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>English: the rules pack&apos;s own text.</source>
        <translation>انگلیسی: متن اصلی بستهٔ قواعد.</translation>
    </message>
    <message>
        <source>{note} Texts not yet reviewed by a qualified translator are marked on the sheet.</source>
        <translation>{note} متن‌هایی که یک مترجم واجد شرایط هنوز بررسی نکرده است، در ورق نشانی شده‌اند.</translation>
    </message>
    <message>
        <source>Save the client sheet in</source>
        <translation>ورق مراجع را در اینجا ذخیره کنید</translation>
    </message>
    <message>
        <source>Making the client sheet…</source>
        <translation>در حال ساختن ورق مراجع…</translation>
    </message>
    <message>
        <source>No client sheet was written</source>
        <translation>هیچ ورق مراجعی نوشته نشد</translation>
    </message>
    <message>
        <source>Client sheet saved: {path}
{pages} page(s), {n} document(s) still needed.</source>
        <translation>ورق مراجع ذخیره شد: {path}
{pages} صفحه، {n} سند که هنوز ضرورت است.</translation>
    </message>
    <message>
        <source>Save the packet in</source>
        <translation type="unfinished">بستهٔ درخواست را ذخیره کنید در</translation>
    </message>
    <message>
        <source>Choose where to save (a USB stick is best)</source>
        <translation type="unfinished">جای ذخیره را انتخاب کنید (فلش USB بهتر است)</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s passphrase to sign the final packet.</source>
        <translation type="unfinished">برای امضای بستهٔ نهایی، عبارت رمز بازبین را بنویسید.</translation>
    </message>
    <message>
        <source>Verifying the packet…</source>
        <translation type="unfinished">در حال بررسی بستهٔ درخواست…</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation type="unfinished">در حال ساختن بستهٔ درخواست…</translation>
    </message>
    <message>
        <source>No packet was written</source>
        <translation type="unfinished">هیچ بسته‌ای نوشته نشد</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">پیش‌نویس</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation type="unfinished">نهایی، امضاشده</translation>
    </message>
    <message>
        <source>Review record saved: {path}
{pages} pages; {s} signatures to collect.</source>
        <translation type="unfinished">سابقهٔ بازبینی ذخیره شد: {path}
{pages} صفحه؛ {s} امضا باید گرفته شود.</translation>
    </message>
    <message>
        <source>Internal record — not for filing.</source>
        <translation type="unfinished">سابقهٔ داخلی — برای ارائه نیست.</translation>
    </message>
    <message>
        <source>Final, signed packet saved: {path}
{pages} pages, built and signed on the reviewer&apos;s laptop by {name} and received here sealed.</source>
        <translation type="unfinished">بستهٔ نهایی امضاشده ذخیره شد: {path}
{pages} صفحه، که {name} آن را در لپ‌تاپ بازبین ساخته و امضا کرده و این‌جا مهروموم‌شده رسیده است.</translation>
    </message>
    <message>
        <source>{kind} packet saved: {path}
{pages} pages, {n} exhibits.</source>
        <translation type="unfinished">بستهٔ {kind} ذخیره شد: {path}
{pages} صفحه، {n} ضمیمه.</translation>
    </message>
    <message>
        <source>Draft: watermarked and not signed — not for filing.</source>
        <translation type="unfinished">پیش‌نویس: با واترمارک و امضانشده — برای ارائه نیست.</translation>
    </message>
    <message>
        <source> Signed by {s}.</source>
        <translation type="unfinished"> امضاشده توسط {s}.</translation>
    </message>
    <message>
        <source>✓ Verified: the packet is intact.</source>
        <translation type="unfinished">✓ بررسی شد: بستهٔ درخواست سالم است.</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation type="unfinished">مشکل نامعلوم</translation>
    </message>
    <message>
        <source>✗ Verification found problems: {p}</source>
        <translation type="unfinished">✗ بررسی مشکلاتی یافت: {p}</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>دری</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>کریول هائیتی</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>هسپانوی</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>اوکراینی</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.</source>
        <translation type="unfinished">
            <numerusform>اگر %n ثانیه از برنامه استفاده نشود قفل می‌شود — برای باز ماندن موس را حرکت دهید یا یک کلید را فشار دهید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Interface language</source>
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished">ناقص</translation>
    </message>
    <message>
        <source>{language}: {percent}% of its texts are translated; a language ships at 90%.</source>
        <translation type="unfinished">{language}: {percent}% متن‌های آن ترجمه شده؛ یک زبان با 90% منتشر می‌شود.</translation>
    </message>
    <message>
        <source>English: the program&apos;s own texts.</source>
        <translation type="unfinished">انگلیسی: متن‌های خود برنامه.</translation>
    </message>
    <message>
        <source>complete enough to ship</source>
        <translation type="unfinished">برای انتشار به اندازهٔ کافی کامل است</translation>
    </message>
    <message>
        <source>incomplete: a language ships when 90% of its texts exist</source>
        <translation type="unfinished">ناقص: یک زبان وقتی منتشر می‌شود که 90% متن‌های آن موجود باشد</translation>
    </message>
    <message>
        <source>Translated: screens {ui}%, command line {core}%, rules pack {pack}% (drafts count). Client texts reviewed: {reviewed} of {total}; the others are marked. {verdict}.</source>
        <translation type="unfinished">ترجمه‌شده: صفحه‌ها {ui}%، خط فرمان {core}%، بستهٔ قواعد {pack}% (پیش‌نویس‌ها حساب می‌شوند). متن‌های مراجع بازبینی‌شده: {reviewed} از {total}؛ بقیه نشانی شده‌اند. {verdict}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation>قضیهٔ &amp;نو…</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation>&amp;برگشت به قضیه‌ها</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;جستجوی قضیه</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>نسخهٔ &amp;پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>با&amp;زگرداندن نسخهٔ پشتیبان…</translation>
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
        <translation>&amp;پروفایل‌های بازبینان…</translation>
    </message>
    <message>
        <source>&amp;Import rules pack…</source>
        <translation>&amp;وارد کردن بستهٔ قواعد…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation>&amp;بررسی ثبت بازرسی</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;صدور بسته…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;وارد کردن بسته…</translation>
    </message>
    <message>
        <source>&amp;Receive on this network…</source>
        <translation>&amp;دریافت در این شبکه…</translation>
    </message>
    <message>
        <source>&amp;Send to a laptop on this network…</source>
        <translation>ا&amp;رسال به کمپیوتری در این شبکه…</translation>
    </message>
    <message>
        <source>Exchange with the &amp;hub</source>
        <translation>تبادله با &amp;هاب</translation>
    </message>
    <message>
        <source>Received but &amp;not applied…</source>
        <translation type="unfinished">دریافت‌شده اما &amp;اعمال‌نشده…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;درباره</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;هم‌رسانی</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;کمک</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>what unlocking needs, imported in the background once the lock screen is painted (no Qt in them)</extracomment>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>گاوصندوق: {folder}</translation>
    </message>
    <message>
        <source>Rules {id} {version}, as of {date}</source>
        <translation>قواعد {id} {version}، معتبر تا {date}</translation>
    </message>
    <message>
        <source>No backup yet: make the first one with File → Backup…</source>
        <translation>هنوز پشتیبان گرفته نشده است: نخستین پشتیبان را از فایل ← پشتیبان‌گیری… بگیرید</translation>
    </message>
    <message>
        <source>Last backup {when}</source>
        <translation>آخرین نسخهٔ پشتیبان {when}</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>هرگز نسخهٔ پشتیبان گرفته نشده</translation>
    </message>
    <message numerus="yes">
        <source>no backup in %n day(s): File → Backup…</source>
        <translation>
            <numerusform>%n روز بدون نسخهٔ پشتیبان: فایل ← نسخهٔ پشتیبان…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept aside: %n</source>
        <translation type="unfinished">
            <numerusform>کنار گذاشته‌شده: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Received from other laptops and not applied: click to see what and why.</source>
        <translation type="unfinished">از لپ‌تاپ‌های دیگر دریافت شده و اعمال نشده: برای دیدن چه چیزی و چرا کلیک کنید.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Locked. Input that could not be saved yet is kept encrypted in the vault and comes back when you open the case.</source>
        <translation>قفل شد. معلوماتی که هنوز ذخیره نشده بود، رمزگذاری‌شده در گاوصندوق نگه داشته شد و با باز کردن قضیه برمی‌گردد.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>پس از %n دقیقه بی‌استفاده قفل شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>نسخهٔ پشتیبانی را که می‌خواهید بازگردانید انتخاب کنید</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation>عبارت رمزی که نسخهٔ پشتیبان با آن ساخته شده:</translation>
    </message>
    <message>
        <source>The vault will be locked and replaced by the backup. The current vault is not deleted: it is kept aside in the data folder.</source>
        <translation>گاوصندوق قفل شده و نسخهٔ پشتیبان جای آن را می‌گیرد. گاوصندوق کنونی پاک نمی‌شود: جداگانه در پوشهٔ معلومات نگه داشته می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n case(s)</source>
        <translation>
            <numerusform>تضادها: %n قضیه</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops: click to settle them.</source>
        <translation>ساحه‌هایی که در دو کمپیوتر به گونهٔ متفاوت تغییر کرده‌اند: برای حل آن‌ها کلیک کنید.</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>قضیهٔ {id}</translation>
    </message>
    <message>
        <source>Wait until “{job}” has finished, or cancel it.</source>
        <translation>صبر کنید تا «{job}» تمام شود، یا آن را لغو کنید.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">قضیهٔ نو</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">تخلص</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">تاریخ تولد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">مرجع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished">(هنوز انتخاب نشده)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished">&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">ت&amp;خلص</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished">&amp;تاریخ تولد</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished">&amp;مرجع</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;دلیل</translation>
    </message>
    <message>
        <source>These existing cases look like the same person. Double-click one to open it, or create the new case anyway.</source>
        <translation type="unfinished">این قضیه‌های موجود به نظر می‌رسد مربوط به همین شخص باشند. برای باز کردن روی یکی دو بار کلیک کنید، یا به هر حال قضیهٔ نو بسازید.</translation>
    </message>
    <message>
        <source>Similar existing cases</source>
        <translation type="unfinished">قضیه‌های مشابه موجود</translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished">ساختن</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation type="unfinished">تاریخ تولد معلوم نیست</translation>
    </message>
    <message>
        <source>case {n}</source>
        <translation type="unfinished">قضیهٔ {n}</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished">به هر حال بساز</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Correct it or leave it empty.</source>
        <translation type="unfinished">تاریخ تولد در آینده است. آن را اصلاح کنید یا خالی بگذارید.</translation>
    </message>
    <message>
        <source>Enter the beneficiary&apos;s given or family name.</source>
        <translation type="unfinished">نام یا تخلص ذی‌نفع را بنویسید.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Please wait: “{running}” is still running. Try again when it has finished.</source>
        <translation type="unfinished">لطفاً صبر کنید: «{running}» هنوز در جریان است. وقتی تمام شد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">در حال لغو…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Filing and decision</source>
        <translation type="unfinished">ارائه و تصمیم</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished">تاریخ ارائه</translation>
    </message>
    <message>
        <source>e.g. IOE0123456789</source>
        <translation type="unfinished">مثلاً IOE0123456789</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished">شمارهٔ رسید (receipt number)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">منظور شد</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished">رد شد</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">پس گرفته شد</translation>
    </message>
    <message>
        <source>— no decision yet —</source>
        <translation type="unfinished">— هنوز تصمیمی نیست —</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">تصمیم</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished">تاریخ تصمیم</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">شمارهٔ I-94</translation>
    </message>
    <message>
        <source>Parole expires on</source>
        <translation type="unfinished">تاریخ انقضای پارول</translation>
    </message>
    <message>
        <source>Mark as filed</source>
        <translation type="unfinished">ثبت به عنوان ارائه‌شده</translation>
    </message>
    <message>
        <source>Mark as decided</source>
        <translation type="unfinished">ثبت به عنوان تصمیم‌گرفته‌شده</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation type="unfinished">وضعیت: &lt;b&gt;{s}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The decision date is before the filing date.</source>
        <translation type="unfinished">تاریخ تصمیم پیش از تاریخ ارائه است.</translation>
    </message>
    <message>
        <source>Choose the decision first.</source>
        <translation type="unfinished">نخست تصمیم را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The decision date is before the filing date. Correct one of them first.</source>
        <translation type="unfinished">تاریخ تصمیم پیش از تاریخ ارائه است. نخست یکی از آن‌ها را اصلاح کنید.</translation>
    </message>
    <message>
        <source>An approval needs the date parole expires (on the I-94 or the approval notice). Enter it under “Parole expires on”.</source>
        <translation type="unfinished">منظوری به تاریخ انقضای پارول نیاز دارد (روی I-94 یا اطلاعیهٔ منظوری). آن را در «تاریخ انقضای پارول» بنویسید.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">تصمیم گرفته شد</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">پیش‌نویس</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">ارائه شد</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">آمادهٔ بازبینی</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">تأیید شد</translation>
    </message>
</context>
<context>
    <name>ParoleTable</name>
    <message>
        <source>Add a parole</source>
        <translation type="unfinished">افزودن یک پارول</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished">ویرایش</translation>
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
        <translation type="unfinished">مبنا</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">کتگوری</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished">تاریخ انقضا</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">شمارهٔ I-94</translation>
    </message>
    <message>
        <source>Paroled on</source>
        <translation type="unfinished">تاریخ پارول</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">پروگرام</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">منفعت عامه</translation>
    </message>
    <message>
        <source>Urgent humanitarian</source>
        <translation type="unfinished">بشردوستانهٔ فوری</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Beneficiary (the person to be paroled)</source>
        <translation type="unfinished">ذی‌نفع (شخصی که پارول می‌گیرد)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">ذی‌نفع</translation>
    </message>
    <message>
        <source>The beneficiary files for themself</source>
        <translation type="unfinished">ذی‌نفع خودش درخواست می‌دهد</translation>
    </message>
    <message>
        <source>Otherwise: the person who files (the requestor). They need not live in the US or be related.</source>
        <translation type="unfinished">در غیر آن: شخصی که درخواست می‌دهد (درخواست‌کننده). لازم نیست در امریکا زندگی کند یا خویشاوند باشد.</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation type="unfinished">درخواست‌کننده</translation>
    </message>
    <message>
        <source>Financial supporter {n}</source>
        <translation type="unfinished">حامی مالی {n}</translation>
    </message>
    <message>
        <source>Add another supporter</source>
        <translation type="unfinished">افزودن حامی دیگر</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished">حامیان</translation>
    </message>
    <message>
        <source>An attorney or accredited representative represents the requestor</source>
        <translation type="unfinished">یک وکیل یا نمایندهٔ معتبر (accredited representative) نمایندگی درخواست‌کننده را دارد</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished">نماینده</translation>
    </message>
    <message>
        <source>Family member {n}</source>
        <translation type="unfinished">عضو خانواده {n}</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation type="unfinished">افزودن عضو خانواده</translation>
    </message>
    <message>
        <source>Parole gives no derivative benefits: each family member who travels needs their own request. Link it here by its case number.</source>
        <translation type="unfinished">پارول هیچ منفعت فرعی ندارد: هر عضو خانواده که سفر می‌کند درخواست جداگانهٔ خود را لازم دارد. آن را اینجا با شمارهٔ قضیه‌اش وصل کنید.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">خانواده</translation>
    </message>
    <message>
        <source>Preparer (you, the volunteer)</source>
        <translation type="unfinished">تهیه‌کننده (شما، داوطلب)</translation>
    </message>
    <message>
        <source>Interpreter (if one helped)</source>
        <translation type="unfinished">ترجمان (اگر کسی کمک کرد)</translation>
    </message>
    <message>
        <source>Signer for a beneficiary under 14 (parent or guardian)</source>
        <translation type="unfinished">امضاکننده برای ذی‌نفع زیر ۱۴ سال (پدر، مادر یا سرپرست)</translation>
    </message>
    <message>
        <source>Form I-131 Part 12: the preparer&apos;s organization and daytime phone (*) are required.</source>
        <translation type="unfinished">Form I-131 بخش 12: سازمان تهیه‌کننده و تلفن روزانه (*) لازمی است.</translation>
    </message>
    <message>
        <source>Form I-131 Part 11: who read the form to the client, and in which language.</source>
        <translation type="unfinished">Form I-131 بخش 11: چه کسی فورم را برای مراجع خواند و به چه زبانی.</translation>
    </message>
    <message>
        <source>Preparer and signers</source>
        <translation type="unfinished">تهیه‌کننده و امضاکنندگان</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n مورد برای اصلاح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Looks (Form I-131 Part 3)</source>
        <translation type="unfinished">مشخصات ظاهری (Form I-131 بخش 3)</translation>
    </message>
    <message>
        <source>For the travel document: as the person describes themself.</source>
        <translation type="unfinished">برای سند سفر: همان‌طور که شخص خودش را توصیف می‌کند.</translation>
    </message>
    <message>
        <source>I-94 and paroles (Form I-131 Part 2)</source>
        <translation type="unfinished">I-94 و پارول‌ها (Form I-131 بخش 2)</translation>
    </message>
    <message>
        <source>Only for someone already in the US (re-parole, parole in place): copy the I-94.</source>
        <translation type="unfinished">فقط برای کسی که از قبل در امریکا است (re-parole، parole in place): I-94 را کاپی کنید.</translation>
    </message>
    <message>
        <source>Earlier documents (Form I-131 Part 4)</source>
        <translation type="unfinished">اسناد قبلی (Form I-131 بخش 4)</translation>
    </message>
    <message>
        <source>Travel documents USCIS gave this person before, if any.</source>
        <translation type="unfinished">اسناد سفری که USCIS قبلاً به این شخص داده است، اگر باشد.</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished">آدرس پستی</translation>
    </message>
    <message>
        <source>Address as typed before (one line). The form needs it in parts:</source>
        <translation type="unfinished">آدرسی که قبلاً نوشته شده (یک سطر). فورم آن را بخش‌بخش لازم دارد:</translation>
    </message>
    <message>
        <source>Confirm the parts: fill them from this line</source>
        <translation type="unfinished">بخش‌ها را تأیید کنید: از این سطر پر شوند</translation>
    </message>
    <message>
        <source>Proposes street, city, region, postal code and country. Check each one: it is a guess.</source>
        <translation type="unfinished">سرک، شهر، ولایت، کد پستی و کشور را پیشنهاد می‌کند. هر کدام را بررسی کنید: حدس است.</translation>
    </message>
    <message>
        <source>The home (physical) address is different</source>
        <translation type="unfinished">آدرس خانه (محل زندگی) فرق دارد</translation>
    </message>
    <message>
        <source>Physical address (where they live)</source>
        <translation type="unfinished">آدرس محل زندگی</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">قد</translation>
    </message>
    <message>
        <source>Earlier and current paroles (one row each, from the I-94s):</source>
        <translation type="unfinished">پارول‌های قبلی و کنونی (هر کدام یک سطر، از روی I-94ها):</translation>
    </message>
    <message>
        <source>ft</source>
        <translation type="unfinished">فت</translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished">انچ</translation>
    </message>
    <message>
        <source>US state</source>
        <translation type="unfinished">ایالت امریکا</translation>
    </message>
    <message>
        <source>type the state, e.g. CA</source>
        <translation type="unfinished">ایالت را بنویسید، مثلاً CA</translation>
    </message>
    <message>
        <source>12345 or 12345-6789</source>
        <translation type="unfinished">12345 یا 12345-6789</translation>
    </message>
    <message>
        <source>case {n}: request of {name}</source>
        <translation type="unfinished">قضیهٔ {n}: درخواست {name}</translation>
    </message>
    <message>
        <source>there is no case {n}</source>
        <translation type="unfinished">قضیهٔ {n} وجود ندارد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">زن</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">مرد</translation>
    </message>
    <message>
        <source>Another (X)</source>
        <translation type="unfinished">دیگر (X)</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished">— داده نشده —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished">— انتخاب کنید —</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished">وصل نشده</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">کشور</translation>
    </message>
    <message>
        <source>type part of the name, e.g. afg</source>
        <translation type="unfinished">بخشی از نام را بنویسید، مثلاً afg</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— پاسخ داده نشده —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— هیچ —</translation>
    </message>
    <message>
        <source>e.g. 8 (the form&apos;s box takes 6 characters)</source>
        <translation type="unfinished">مثلاً 8 (خانهٔ فورم 6 حرف جا دارد)</translation>
    </message>
    <message>
        <source>as in the passport&apos;s machine-readable line</source>
        <translation type="unfinished">مطابق سطر ماشین‌خوان پاسپورت</translation>
    </message>
    <message>
        <source>11 characters, on the I-94</source>
        <translation type="unfinished">11 حرف، روی I-94</translation>
    </message>
    <message>
        <source>as printed on the I-94, e.g. DT</source>
        <translation type="unfinished">همان‌طور که روی I-94 چاپ شده، مثلاً DT</translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished">یک شخص</translation>
    </message>
    <message>
        <source>A-Number (if any)</source>
        <translation type="unfinished">A-Number (شمارهٔ A، اگر باشد)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished">سرخ‌پوست امریکایی یا بومی الاسکا</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation type="unfinished">یک سازمان</translation>
    </message>
    <message>
        <source>Apartment, suite or floor number</source>
        <translation type="unfinished">شمارهٔ اپارتمان، دفتر یا منزل</translation>
    </message>
    <message>
        <source>Apt. / Ste. / Flr.</source>
        <translation type="unfinished">Apt. / Ste. / Flr.</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished">آسیایی</translation>
    </message>
    <message>
        <source>Bald (No Hair)</source>
        <translation type="unfinished">طاس (بدون مو)</translation>
    </message>
    <message>
        <source>Bar number</source>
        <translation type="unfinished">شمارهٔ عضویت کانون وکلا (bar number)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished">سیاه</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished">سیاه‌پوست یا امریکایی افریقایی‌تبار</translation>
    </message>
    <message>
        <source>Blond</source>
        <translation type="unfinished">بور</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished">آبی</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished">قهوه‌ای</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation type="unfinished">شهر یا شهرک</translation>
    </message>
    <message>
        <source>Class of admission</source>
        <translation type="unfinished">کتگوری ورود (class of admission)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">کشور</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished">کشور تولد</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation type="unfinished">کشور تابعیت</translation>
    </message>
    <message>
        <source>Country where they are now</source>
        <translation type="unfinished">کشوری که اکنون در آن است</translation>
    </message>
    <message>
        <source>DOJ accreditation</source>
        <translation type="unfinished">اعتبارنامهٔ DOJ</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished">تاریخ صدور</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">تاریخ تولد</translation>
    </message>
    <message>
        <source>Daytime phone</source>
        <translation type="unfinished">تلفن روزانه</translation>
    </message>
    <message>
        <source>Daytime phone *</source>
        <translation type="unfinished">تلفن روزانه *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">ایمیل</translation>
    </message>
    <message>
        <source>Earlier paroles</source>
        <translation type="unfinished">پارول‌های قبلی</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished">قومیت</translation>
    </message>
    <message>
        <source>Ever had a reentry permit or refugee travel document?</source>
        <translation type="unfinished">آیا هرگز اجازهٔ بازگشت (reentry permit) یا سند سفر پناهنده داشته است؟</translation>
    </message>
    <message>
        <source>Ever had an advance parole document?</source>
        <translation type="unfinished">آیا هرگز سند advance parole داشته است؟</translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation type="unfinished">رنگ چشم</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">تخلص</translation>
    </message>
    <message>
        <source>Family name as in the passport (Latin letters)</source>
        <translation type="unfinished">تخلص مطابق پاسپورت (حروف لاتین)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">فورم</translation>
    </message>
    <message>
        <source>Form G-28 is filed with the request</source>
        <translation type="unfinished">Form G-28 با درخواست ارائه می‌شود</translation>
    </message>
    <message>
        <source>Form I-134</source>
        <translation type="unfinished">Form I-134</translation>
    </message>
    <message>
        <source>Form I-134A (closed programs only)</source>
        <translation type="unfinished">Form I-134A (فقط پروگرام‌های بسته‌شده)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <source>Given name as in the passport (Latin letters)</source>
        <translation type="unfinished">نام مطابق پاسپورت (حروف لاتین)</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished">خاکستری</translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished">سبز</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation type="unfinished">رنگ مو</translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation type="unfinished">عسلی</translation>
    </message>
    <message>
        <source>Height: feet</source>
        <translation type="unfinished">قد: فت</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished">هسپانیک یا لاتین‌تبار</translation>
    </message>
    <message>
        <source>I-94 expires (admit until)</source>
        <translation type="unfinished">انقضای I-94 (admit until)</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">شمارهٔ I-94</translation>
    </message>
    <message>
        <source>In care of</source>
        <translation type="unfinished">به واسطهٔ (in care of)</translation>
    </message>
    <message>
        <source>Language used *</source>
        <translation type="unfinished">زبان به کار رفته *</translation>
    </message>
    <message>
        <source>Letter of commitment (organization)</source>
        <translation type="unfinished">تعهدنامه (سازمان)</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation type="unfinished">عنابی</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished">بومی هاوایی یا دیگر جزایر اقیانوس آرام</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نخیر</translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation type="unfinished">غیر هسپانیک یا لاتین‌تبار</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">سازمان</translation>
    </message>
    <message>
        <source>Organization *</source>
        <translation type="unfinished">سازمان *</translation>
    </message>
    <message>
        <source>Organization or law office</source>
        <translation type="unfinished">سازمان یا دفتر حقوقی</translation>
    </message>
    <message>
        <source>Organization that files (if any; the name above signs for it)</source>
        <translation type="unfinished">سازمانی که درخواست می‌دهد (اگر باشد؛ شخص بالا از طرف آن امضا می‌کند)</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation type="unfinished">نام‌های دیگر به کار رفته</translation>
    </message>
    <message>
        <source>Parent or legal guardian (relationship)</source>
        <translation type="unfinished">پدر، مادر یا سرپرست قانونی (نسبت)</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished">انقضای پاسپورت</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">شمارهٔ پاسپورت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلفن</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished">گلابی</translation>
    </message>
    <message>
        <source>Postal code / ZIP</source>
        <translation type="unfinished">کد پستی / ZIP</translation>
    </message>
    <message>
        <source>Race (all that apply)</source>
        <translation type="unfinished">نژاد (همهٔ موارد مربوط)</translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished">سرخ</translation>
    </message>
    <message>
        <source>Relationship to the beneficiary</source>
        <translation type="unfinished">نسبت با ذی‌نفع</translation>
    </message>
    <message>
        <source>Sandy</source>
        <translation type="unfinished">خرمایی روشن</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">جنس</translation>
    </message>
    <message>
        <source>State / province / region</source>
        <translation type="unfinished">ایالت / ولایت / منطقه</translation>
    </message>
    <message>
        <source>Street number and name</source>
        <translation type="unfinished">شماره و نام سرک</translation>
    </message>
    <message>
        <source>Supporter is</source>
        <translation type="unfinished">نوع حامی</translation>
    </message>
    <message>
        <source>The beneficiary themself</source>
        <translation type="unfinished">خود ذی‌نفع</translation>
    </message>
    <message>
        <source>Their own request (case number)</source>
        <translation type="unfinished">درخواست خود او (شمارهٔ قضیه)</translation>
    </message>
    <message>
        <source>US status (citizen, LPR, parolee…)</source>
        <translation type="unfinished">وضعیت در امریکا (شهروند، LPR، دارای پارول…)</translation>
    </message>
    <message>
        <source>Unknown/Other</source>
        <translation type="unfinished">نامعلوم/دیگر</translation>
    </message>
    <message>
        <source>Weight (pounds)</source>
        <translation type="unfinished">وزن (پوند)</translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation type="unfinished">چه بر سر آن آمد</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished">سفید</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بلی</translation>
    </message>
    <message>
        <source>inches</source>
        <translation type="unfinished">انچ</translation>
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
        <translation type="unfinished">این شخص را از قضیه حذف کنید (برگرداندن او را دوباره می‌گذارد)</translation>
    </message>
    <message>
        <source>Same as the requestor</source>
        <translation type="unfinished">همان درخواست‌کننده</translation>
    </message>
    <message>
        <source>The requestor is also this supporter: fill the empty fields from the requestor</source>
        <translation type="unfinished">درخواست‌کننده همین حامی است: خانه‌های خالی از درخواست‌کننده پر شوند</translation>
    </message>
    <message>
        <source>Start their own request…</source>
        <translation type="unfinished">آغاز درخواست خود او…</translation>
    </message>
    <message>
        <source>A new case with this person as the beneficiary, the shared details copied, both requests in one family group and linked</source>
        <translation type="unfinished">قضیهٔ نو با این شخص به عنوان ذی‌نفع، جزئیات مشترک کاپی‌شده، هر دو درخواست در یک گروه خانواده و به هم وصل</translation>
    </message>
    <message>
        <source>Record the requestor first (Requestor tab).</source>
        <translation type="unfinished">نخست درخواست‌کننده را ثبت کنید (برگهٔ درخواست‌کننده).</translation>
    </message>
</context>
<context>
    <name>PickCombo</name>
    <message>
        <source>{text} is not a {what} in the list: type part of its name and pick it.</source>
        <translation type="unfinished">{text} یک {what} در فهرست نیست: بخشی از نام آن را بنویسید و انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished">پیش‌نمایش سند</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished">◀ صفحهٔ قبلی</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished">صفحهٔ بعدی ▶</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished">اندازهٔ پنجره</translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation type="unfinished">چرخاندن ↻</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the file is not changed)</source>
        <translation type="unfinished">صفحه را یک چهارم به راست بچرخانید (فایل تغییر نمی‌کند)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بستن</translation>
    </message>
    <message>
        <source>This file cannot be shown. It may be damaged or in a format the preview does not read.</source>
        <translation type="unfinished">این فایل نشان داده نمی‌شود. شاید خراب باشد یا به شکلی باشد که پیش‌نمایش آن را نمی‌خواند.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished">صفحهٔ {n} از {total}</translation>
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
        <translation type="unfinished">چه خواسته می‌شود (Form I-131 بخش 1)</translation>
    </message>
    <message>
        <source>The kind of request, its legal basis and who brings it.</source>
        <translation type="unfinished">نوع درخواست، مبنای قانونی آن و کسی که آن را می‌آورد.</translation>
    </message>
    <message>
        <source>First parole (the person is abroad)</source>
        <translation type="unfinished">پارول نخست (شخص در خارج است)</translation>
    </message>
    <message>
        <source>Re-parole (already paroled into the US)</source>
        <translation type="unfinished">تمدید پارول (re-parole، از قبل با پارول در امریکا)</translation>
    </message>
    <message>
        <source>Parole in place (already in the US)</source>
        <translation type="unfinished">پارول در محل (parole in place، از قبل در امریکا)</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished">نوع درخواست</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— پاسخ داده نشده —</translation>
    </message>
    <message>
        <source>Yes: has not left the US</source>
        <translation type="unfinished">بلی: امریکا را ترک نکرده است</translation>
    </message>
    <message>
        <source>No: has left the US since</source>
        <translation type="unfinished">نخیر: از آن زمان امریکا را ترک کرده است</translation>
    </message>
    <message>
        <source>Re-parole: stayed in the US since the parole began</source>
        <translation type="unfinished">تمدید پارول: از آغاز پارول در امریکا مانده است</translation>
    </message>
    <message>
        <source>in the US since …; or when they left and came back</source>
        <translation type="unfinished">از … در امریکا؛ یا چه وقت رفت و برگشت</translation>
    </message>
    <message>
        <source>Presence: details</source>
        <translation type="unfinished">حضور: جزئیات</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation type="unfinished">— هنوز انتخاب نشده —</translation>
    </message>
    <message>
        <source>Urgent humanitarian reasons</source>
        <translation type="unfinished">دلایل بشردوستانهٔ فوری</translation>
    </message>
    <message>
        <source>Significant public benefit</source>
        <translation type="unfinished">منفعت عامهٔ قابل ملاحظه</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">مبنا</translation>
    </message>
    <message>
        <source>Private request (Form I-131)</source>
        <translation type="unfinished">درخواست شخصی (Form I-131)</translation>
    </message>
    <message>
        <source>Agency referral (a US agency sponsors it)</source>
        <translation type="unfinished">معرفی از سوی اداره (یک ادارهٔ امریکایی آن را حمایت می‌کند)</translation>
    </message>
    <message>
        <source>Who brings it</source>
        <translation type="unfinished">چه کسی آن را می‌آورد</translation>
    </message>
    <message>
        <source>e.g. the US agency that refers the case</source>
        <translation type="unfinished">مثلاً ادارهٔ امریکایی که قضیه را معرفی می‌کند</translation>
    </message>
    <message>
        <source>Sponsoring agency</source>
        <translation type="unfinished">ادارهٔ حامی</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished">هنوز ثبت نشده</translation>
    </message>
    <message>
        <source>In this packet (the official form, filled)</source>
        <translation type="unfinished">در این بسته (فورم رسمی، پرشده)</translation>
    </message>
    <message>
        <source>Follows: the requestor sends it later</source>
        <translation type="unfinished">بعداً: درخواست‌کننده آن را می‌فرستد</translation>
    </message>
    <message>
        <source>The supporter mails it themselves</source>
        <translation type="unfinished">حامی خودش آن را پست می‌کند</translation>
    </message>
    <message>
        <source>Supporter&apos;s signed I-134</source>
        <translation type="unfinished">I-134 امضاشدهٔ حامی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation type="unfinished">— یک دلیل انتخاب کنید —</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished">کتگوری دلیل</translation>
    </message>
    <message>
        <source>In the family&apos;s own words: what happened, why it is urgent now, what the person will do in the United States and how they will return home.</source>
        <translation type="unfinished">به زبان خود خانواده: چه اتفاقی افتاد، چرا اکنون فوری است، شخص در ایالات متحده چه خواهد کرد و چگونه به وطن برمی‌گردد.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished">اظهارنامه</translation>
    </message>
    <message>
        <source>Dates and duration</source>
        <translation type="unfinished">تاریخ‌ها و مدت</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">تاریخ مهم</translation>
    </message>
    <message>
        <source>An event on that day: arrive before it</source>
        <translation type="unfinished">رویدادی در آن روز: پیش از آن برسد</translation>
    </message>
    <message>
        <source>A deadline: arriving that day is in time</source>
        <translation type="unfinished">مهلت: رسیدن در همان روز به وقت است</translation>
    </message>
    <message>
        <source>The key date is</source>
        <translation type="unfinished">نوع تاریخ مهم</translation>
    </message>
    <message>
        <source>Event: surgery, hearing, funeral (arriving on the day is too late). Deadline: must arrive by that day.</source>
        <translation type="unfinished">رویداد: عملیات جراحی، جلسهٔ محکمه، جنازه (رسیدن در همان روز دیر است). مهلت: باید تا آن روز برسد.</translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation type="unfinished">در آن تاریخ چه می‌شود</translation>
    </message>
    <message>
        <source>Ask for expedited processing (mark the request EXPEDITE)</source>
        <translation type="unfinished">درخواست رسیدگی عاجل (درخواست را EXPEDITE علامت‌گذاری کنید)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished">داده نشده</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> ماه</translation>
    </message>
    <message>
        <source>Parole needed for</source>
        <translation type="unfinished">مدت لازم پارول</translation>
    </message>
    <message>
        <source>Needed when more than 12 months are requested.</source>
        <translation type="unfinished">وقتی بیش از 12 ماه خواسته شود لازم است.</translation>
    </message>
    <message>
        <source>Why that long</source>
        <translation type="unfinished">چرا این‌قدر طولانی</translation>
    </message>
    <message>
        <source>Visa and admissibility</source>
        <translation type="unfinished">ویزه و قابلیت پذیرش</translation>
    </message>
    <message>
        <source>Why no visa or other pathway in time</source>
        <translation type="unfinished">چرا ویزه یا راه دیگری به وقت نیست</translation>
    </message>
    <message>
        <source>Why a visa or admission is not possible</source>
        <translation type="unfinished">چرا ویزه یا پذیرش ممکن نیست</translation>
    </message>
    <message>
        <source>Grounds (tick all that apply)</source>
        <translation type="unfinished">موارد (همهٔ موارد مربوط را علامت بزنید)</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)) of this list, from the rules pack.</source>
        <translation type="unfinished">دلایل عدم پذیرش (INA 212(a)) این فهرست، از بستهٔ قواعد.</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)); the rules pack has no list yet.</source>
        <translation type="unfinished">دلایل عدم پذیرش (INA 212(a))؛ بستهٔ قواعد هنوز فهرستی ندارد.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished">استثنا</translation>
    </message>
    <message>
        <source>pick from the list</source>
        <translation type="unfinished">از فهرست انتخاب کنید</translation>
    </message>
    <message>
        <source>the exception, in the proclamation&apos;s words</source>
        <translation type="unfinished">استثنا، به کلمات اعلامیه</translation>
    </message>
    <message>
        <source>Entry-ban exception claimed</source>
        <translation type="unfinished">استثنای ممنوعیت ورود ادعا شده</translation>
    </message>
    <message>
        <source>Only when the country is under an entry suspension (Proclamation 10949 or 10998).</source>
        <translation type="unfinished">فقط وقتی کشور زیر تعلیق ورود باشد (Proclamation 10949 یا 10998).</translation>
    </message>
    <message>
        <source>Why it applies, and the evidence for it</source>
        <translation type="unfinished">چرا شامل می‌شود، و مدرک آن</translation>
    </message>
    <message>
        <source>Exception: why</source>
        <translation type="unfinished">استثنا: چرا</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">مرجع</translation>
    </message>
    <message>
        <source>USCIS (Form I-131, beneficiary outside the US)</source>
        <translation type="unfinished">USCIS (Form I-131، ذی‌نفع بیرون از امریکا)</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP در بندر ورودی</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation type="unfinished">ارائه به</translation>
    </message>
    <message>
        <source>Port of entry</source>
        <translation type="unfinished">بندر ورودی</translation>
    </message>
    <message>
        <source>the port&apos;s street address</source>
        <translation type="unfinished">آدرس سرک بندر</translation>
    </message>
    <message>
        <source>Port address (CBP)</source>
        <translation type="unfinished">آدرس بندر (CBP)</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation type="unfinished">HH:MM، مثلاً 09:30</translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation type="unfinished">ساعت در بندر</translation>
    </message>
    <message>
        <source>City, Country — e.g. Islamabad, Pakistan</source>
        <translation type="unfinished">شهر، کشور — مثلاً Islamabad, Pakistan</translation>
    </message>
    <message>
        <source>US embassy or consulate to notify</source>
        <translation type="unfinished">سفارت یا قونسلگری امریکا برای اطلاع</translation>
    </message>
    <message>
        <source>Intended arrival date</source>
        <translation type="unfinished">تاریخ پیش‌بینی‌شدهٔ رسیدن</translation>
    </message>
    <message>
        <source>Leave empty for a general case-by-case request</source>
        <translation type="unfinished">برای درخواست عمومی قضیه‌به‌قضیه خالی بگذارید</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">پروگرام</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished">فیس‌ها</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished">پرداخت شده</translation>
    </message>
    <message>
        <source>Fee waiver requested (Form I-912)</source>
        <translation type="unfinished">معافیت فیس درخواست شده (Form I-912)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished">معاف</translation>
    </message>
    <message>
        <source>Filing fee</source>
        <translation type="unfinished">فیس ارائه</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished">کاغذی</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">آنلاین</translation>
    </message>
    <message>
        <source>Filing mode</source>
        <translation type="unfinished">شیوهٔ ارائه</translation>
    </message>
    <message>
        <source>Form G-1450 (credit, debit or prepaid card)</source>
        <translation type="unfinished">Form G-1450 (کارت اعتباری، دبیت یا پیش‌پرداخت)</translation>
    </message>
    <message>
        <source>Form G-1650 (debit from a US bank account)</source>
        <translation type="unfinished">Form G-1650 (برداشت از حساب بانکی امریکا)</translation>
    </message>
    <message>
        <source>Form G-1651 (exemption from electronic payment)</source>
        <translation type="unfinished">Form G-1651 (معافیت از پرداخت الکترونیکی)</translation>
    </message>
    <message>
        <source>Form I-912 (fee waiver instead of payment)</source>
        <translation type="unfinished">Form I-912 (معافیت فیس به جای پرداخت)</translation>
    </message>
    <message>
        <source>Payment (paper filing)</source>
        <translation type="unfinished">پرداخت (ارائهٔ کاغذی)</translation>
    </message>
    <message>
        <source>Whose card or bank account pays</source>
        <translation type="unfinished">کارت یا حساب بانکی چه کسی می‌پردازد</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished">پرداخت‌کننده</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished">ذی‌نفع</translation>
    </message>
    <message>
        <source>The requestor</source>
        <translation type="unfinished">درخواست‌کننده</translation>
    </message>
    <message>
        <source>A supporter</source>
        <translation type="unfinished">یک حامی</translation>
    </message>
    <message>
        <source>The representative</source>
        <translation type="unfinished">نماینده</translation>
    </message>
    <message>
        <source>Someone else (not in the request)</source>
        <translation type="unfinished">شخص دیگر (در درخواست نیست)</translation>
    </message>
    <message>
        <source>The payer is</source>
        <translation type="unfinished">پرداخت‌کننده کیست</translation>
    </message>
    <message>
        <source>The card was issued outside the US (G-1450)</source>
        <translation type="unfinished">کارت بیرون از امریکا صادر شده است (G-1450)</translation>
    </message>
    <message>
        <source>The payer&apos;s account is at a US bank (needed for G-1650)</source>
        <translation type="unfinished">حساب پرداخت‌کننده در یک بانک امریکایی است (برای G-1650 لازم است)</translation>
    </message>
    <message>
        <source>The client plans to pay it when parole is granted</source>
        <translation type="unfinished">مراجع می‌خواهد وقتی پارول داده شد آن را بپردازد</translation>
    </message>
    <message>
        <source>A statutory exception is claimed</source>
        <translation type="unfinished">استثنای قانونی ادعا شده است</translation>
    </message>
    <message>
        <source>Parole fee (due at grant)</source>
        <translation type="unfinished">فیس پارول (هنگام منظوری پرداخت می‌شود)</translation>
    </message>
    <message>
        <source>Exception claimed</source>
        <translation type="unfinished">استثنای ادعاشده</translation>
    </message>
    <message>
        <source>Facts for the cover letter (only what the client told you)</source>
        <translation type="unfinished">واقعیت‌ها برای نامهٔ همراه (فقط آنچه مراجع به شما گفت)</translation>
    </message>
    <message>
        <source>Intent to return home</source>
        <translation type="unfinished">قصد بازگشت به وطن</translation>
    </message>
    <message>
        <source>Ties to the home country</source>
        <translation type="unfinished">پیوندها با کشور اصلی</translation>
    </message>
    <message>
        <source>Funeral: who died</source>
        <translation type="unfinished">جنازه: چه کسی فوت کرده</translation>
    </message>
    <message>
        <source>Funeral: relationship to the beneficiary</source>
        <translation type="unfinished">جنازه: نسبت با ذی‌نفع</translation>
    </message>
    <message>
        <source>Minor: who they travel with</source>
        <translation type="unfinished">خردسال: با چه کسی سفر می‌کند</translation>
    </message>
    <message>
        <source>Minor: companion&apos;s relationship to the child</source>
        <translation type="unfinished">خردسال: نسبت همراه با طفل</translation>
    </message>
    <message>
        <source>Protection: why refugee processing is not available in time</source>
        <translation type="unfinished">حمایت: چرا رسیدگی پناهندگی به وقت ممکن نیست</translation>
    </message>
    <message>
        <source>at least {a} words are needed; {b} or more recommended</source>
        <translation type="unfinished">دست کم {a} کلمه لازم است؛ {b} یا بیشتر پیشنهاد می‌شود</translation>
    </message>
    <message>
        <source>{b} or more words recommended</source>
        <translation type="unfinished">{b} کلمه یا بیشتر پیشنهاد می‌شود</translation>
    </message>
    <message>
        <source>long enough</source>
        <translation type="unfinished">به اندازهٔ کافی طولانی</translation>
    </message>
    <message>
        <source>{n} words — {note}</source>
        <translation type="unfinished">{n} کلمه — {note}</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>باز کردن قفل با کلید بازیابی</translation>
    </message>
    <message>
        <source>Type the recovery key from the paper sheet, then choose a new passphrase.</source>
        <translation>کلید بازیابی را از روی کاغذ بنویسید، سپس یک عبارت رمز نو انتخاب کنید.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت رمز نو</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>عبارت رمز نو را دوباره بنویسید</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation>باز کردن قفل و تعیین عبارت رمز</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation>عبارت رمز نو بسیار کوتاه است: دست کم {n} حرف به کار ببرید.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation>دو عبارت رمز نو با هم فرق دارند.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of letters.</source>
        <translation>این کلید بازیابی این گاوصندوق را باز نمی‌کند. هر گروه حروف را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>کلید بازیابی شما</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the vault. Write it on paper (or print it) and keep it locked away, apart from this computer. It is shown only now.</source>
        <translation>اگر عبارت رمز فراموش شود، این کلید یگانه راه باز کردن گاوصندوق است. آن را روی کاغذ بنویسید (یا چاپ کنید) و در جای قفل‌دار، دور از این کمپیوتر نگه دارید. فقط همین حالا نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>آن را نوشتم</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Parole Desktop vault recovery key</source>
        <translation>کلید بازیابی گاوصندوق Parole Desktop</translation>
    </message>
    <message>
        <source>Printed on {date}. Keep this sheet locked away, apart from the laptop.</source>
        <translation>چاپ شده در {date}. این ورق را در جای قفل‌دار، دور از لپ‌تاپ نگه دارید.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Write the recovery key down by hand.</source>
        <translation>در این کمپیوتر چاپ ممکن نیست. کلید بازیابی را با دست بنویسید.</translation>
    </message>
    <message>
        <source>The recovery key is printed only on a printer, never into a file (a file could be copied or synced). Choose a printer, or write the key down by hand.</source>
        <translation>کلید بازیابی فقط روی پرینتر چاپ می‌شود، هرگز در فایل نه (فایل ممکن است کاپی یا همگام شود). یک پرینتر انتخاب کنید یا کلید را با دست بنویسید.</translation>
    </message>
</context>
<context>
    <name>RemovedItemsDialog</name>
    <message>
        <source>Removed from this case</source>
        <translation type="unfinished">حذف‌شده از این قضیه</translation>
    </message>
    <message>
        <source>What was removed from this case stays in the vault, with its file, until the case is signed off. Pick one and put it back.</source>
        <translation type="unfinished">آنچه از این قضیه حذف شده، با فایلش تا تأیید قضیه در گاوصندوق می‌ماند. یکی را انتخاب کنید و برگردانید.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished">برگرداندن</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished">شخص</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">سند</translation>
    </message>
    <message>
        <source>{kind}: {label} — removed {when} by {who}</source>
        <translation type="unfinished">{kind}: {label} — حذف شده در {when} توسط {who}</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation type="unfinished">برگردانده نشد</translation>
    </message>
</context>
<context>
    <name>ReprobeStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغو</translation>
    </message>
    <message>
        <source>Stop preparing exhibit pages now; a packet export prepares what is still missing</source>
        <translation type="unfinished">آماده‌سازی صفحه‌های ضمیمه را اکنون متوقف کنید؛ صدور بستهٔ درخواست آنچه را هنوز مانده آماده می‌کند</translation>
    </message>
    <message>
        <source>Preparing exhibit pages and thumbnails: {done} of {total}</source>
        <translation type="unfinished">آماده‌سازی صفحه‌های ضمیمه و تصویرهای کوچک: {done} از {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished">در حال توقف…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The reviewer reads the whole request and the evidence, then signs off with their own passphrase. A later change to the request or its documents sets the sign-off aside until the request is back exactly as signed, or the reviewer signs again.</source>
        <translation type="unfinished">بازبین تمام درخواست و مدارک را می‌خواند، سپس با عبارت رمز خود آن را تأیید می‌کند. هر تغییر بعدی در درخواست یا اسناد آن تأیید را کنار می‌گذارد تا درخواست دقیقاً به حالت امضاشده برگردد، یا بازبین دوباره امضا کند.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished">تأیید کردن</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished">بازبین</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">عبارت رمز بازبین</translation>
    </message>
    <message>
        <source>No reviewer profile exists yet. A reviewer creates one in the Reviewers settings.</source>
        <translation type="unfinished">هنوز هیچ پروفایل بازبین وجود ندارد. بازبین آن را در تنظیمات بازبینان می‌سازد.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">فهرست اعتماد</translation>
    </message>
    <message>
        <source>Warnings the reviewer accepts</source>
        <translation type="unfinished">هشدارهایی که بازبین می‌پذیرد</translation>
    </message>
    <message>
        <source>✓ {name} ({role} {number}) is listed — key {fpr}</source>
        <translation type="unfinished">✓ {name} ({role} {number}) در فهرست است — کلید {fpr}</translation>
    </message>
    <message>
        <source>✗ Cannot sign: {why}. Key {fpr}</source>
        <translation type="unfinished">✗ امضا ممکن نیست: {why}. کلید {fpr}</translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation type="unfinished">چرا این قابل قبول است (لازمی)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished">هنوز تأیید نشده.</translation>
    </message>
    <message>
        <source>⚠ SIGN-OFF VOID — {reason}.
Signed by {who} on {when}. The reviewer must review the case again and sign off anew.</source>
        <translation type="unfinished">⚠ تأیید باطل است — {reason}.
امضاشده توسط {who} در {when}. بازبین باید قضیه را دوباره بازبینی و از نو تأیید کند.</translation>
    </message>
    <message>
        <source>✓ Signed off by {who} on {when} with rules pack {pack} {version}.</source>
        <translation type="unfinished">✓ تأییدشده توسط {who} در {when} با بستهٔ قواعد {pack} {version}.</translation>
    </message>
    <message>
        <source>Warnings accepted:</source>
        <translation type="unfinished">هشدارهای پذیرفته‌شده:</translation>
    </message>
    <message>
        <source>Choose a reviewer first.</source>
        <translation type="unfinished">نخست یک بازبین انتخاب کنید.</translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation type="unfinished">در حال تأیید</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished">تأیید نشد</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewer profiles</source>
        <translation type="unfinished">پروفایل‌های بازبینان</translation>
    </message>
    <message>
        <source>Attorneys, accredited representatives and supervisors who sign off requests. Each reviewer&apos;s signing key is protected by their own passphrase, which only they should know.</source>
        <translation type="unfinished">وکلا، نمایندگان معتبر و سرپرستانی که درخواست‌ها را تأیید می‌کنند. کلید امضای هر بازبین با عبارت رمز خود او محافظت می‌شود که فقط خود او باید بداند.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished">بازبینان</translation>
    </message>
    <message>
        <source>Import the organization&apos;s roster…</source>
        <translation type="unfinished">وارد کردن فهرست اعتماد سازمان…</translation>
    </message>
    <message>
        <source>Write enrolment request…</source>
        <translation type="unfinished">نوشتن درخواست ثبت‌نام…</translation>
    </message>
    <message>
        <source>Import digital ID (.p12/.pfx)…</source>
        <translation type="unfinished">وارد کردن شناسهٔ دیجیتال (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation type="unfinished">بازبین نو</translation>
    </message>
    <message>
        <source>Reviewer passphrase</source>
        <translation type="unfinished">عبارت رمز بازبین</translation>
    </message>
    <message>
        <source>Repeat the reviewer passphrase</source>
        <translation type="unfinished">عبارت رمز بازبین را دوباره بنویسید</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">ن&amp;قش</translation>
    </message>
    <message>
        <source>&amp;Bar number / accreditation</source>
        <translation type="unfinished">شمارهٔ &amp;وکالت / اعتبارنامه</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished">&amp;سازمان</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;عبارت رمز</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase</source>
        <translation type="unfinished">&amp;تکرار عبارت رمز</translation>
    </message>
    <message>
        <source>Create reviewer</source>
        <translation type="unfinished">ساختن بازبین</translation>
    </message>
    <message>
        <source>No organization roster yet: nobody can sign off until the org admin&apos;s signed roster is imported. A solo attorney is their own organization (see docs/security.md).</source>
        <translation type="unfinished">هنوز فهرست اعتماد سازمان نیست: تا فهرست امضاشدهٔ مدیر سازمان وارد نشود هیچ کس نمی‌تواند تأیید کند. وکیلی که تنها کار می‌کند سازمان خودش است (docs/security.md را ببینید).</translation>
    </message>
    <message>
        <source>Trusted organization: {org}{demo} · roster version {v} · org fingerprint {f}</source>
        <translation type="unfinished">سازمان مورد اعتماد: {org}{demo} · نسخهٔ فهرست {v} · اثر انگشت سازمان {f}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation type="unfinished"> (نمایشی)</translation>
    </message>
    <message>
        <source>PDF signing ID</source>
        <translation type="unfinished">شناسهٔ امضای PDF</translation>
    </message>
    <message>
        <source>key {f}</source>
        <translation type="unfinished">کلید {f}</translation>
    </message>
    <message>
        <source>✓ listed in the roster</source>
        <translation type="unfinished">✓ در فهرست اعتماد هست</translation>
    </message>
    <message>
        <source>✗ cannot sign: {why}</source>
        <translation type="unfinished">✗ امضا ممکن نیست: {why}</translation>
    </message>
    <message>
        <source>The reviewer passphrase needs at least {n} characters.</source>
        <translation type="unfinished">عبارت رمز بازبین دست کم {n} حرف لازم دارد.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>دو عبارت رمز با هم فرق دارند.</translation>
    </message>
    <message>
        <source>Creating the reviewer&apos;s keys…</source>
        <translation type="unfinished">در حال ساختن کلیدهای بازبین…</translation>
    </message>
    <message>
        <source>Choose the organization&apos;s roster</source>
        <translation type="unfinished">فهرست اعتماد سازمان را انتخاب کنید</translation>
    </message>
    <message>
        <source>Roster (*.json);;All files (*)</source>
        <translation type="unfinished">فهرست اعتماد (*.json);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">فهرست اعتماد</translation>
    </message>
    <message>
        <source>Roster version {v} of {org} is now in use.</source>
        <translation type="unfinished">نسخهٔ {v} فهرست اعتماد {org} اکنون به کار می‌رود.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished">ثبت‌نام</translation>
    </message>
    <message>
        <source>The reviewer&apos;s passphrase:</source>
        <translation type="unfinished">عبارت رمز بازبین:</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation type="unfinished">ذخیرهٔ درخواست ثبت‌نام</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">فایل ثبت‌نام (*.json)</translation>
    </message>
    <message>
        <source>Give the file to the org admin and read them this key fingerprint by phone or in person: {f}</source>
        <translation type="unfinished">فایل را به مدیر سازمان بدهید و این اثر انگشت کلید را تلفنی یا حضوری برایش بخوانید: {f}</translation>
    </message>
    <message>
        <source>Choose the digital ID</source>
        <translation type="unfinished">شناسهٔ دیجیتال را انتخاب کنید</translation>
    </message>
    <message>
        <source>Digital ID (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished">شناسهٔ دیجیتال (*.p12 *.pfx);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Digital ID</source>
        <translation type="unfinished">شناسهٔ دیجیتال</translation>
    </message>
    <message>
        <source>Password of the digital ID file:</source>
        <translation type="unfinished">رمز فایل شناسهٔ دیجیتال:</translation>
    </message>
    <message>
        <source>Importing the digital ID…</source>
        <translation type="unfinished">در حال وارد کردن شناسهٔ دیجیتال…</translation>
    </message>
    <message>
        <source>The digital ID will sign this reviewer&apos;s packets.</source>
        <translation type="unfinished">شناسهٔ دیجیتال بسته‌های این بازبین را امضا خواهد کرد.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;زبان برنامه</translation>
    </message>
    <message>
        <source>Menus, screens and messages change at once. The packet for filing (forms and letters) stays in English.</source>
        <translation>منوها، صفحه‌ها و پیام‌ها فوراً تغییر می‌کنند. بستهٔ درخواست برای ارائه (فورم‌ها و نامه‌ها) به انگلیسی می‌ماند.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>قفل پس از چند دقیقه بی‌استفاده</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for</source>
        <translation>&amp;قفل پس از بی‌استفاده ماندن برای</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>تعویض کلیدها…</translation>
    </message>
    <message>
        <source>When the passphrase or an old key file may be known to someone: a new master key, old copies stop working.</source>
        <translation>وقتی ممکن است کسی عبارت رمز یا یک فایل کلید کهنه را بداند: یک کلید اصلی نو؛ نسخه‌های کهنه دیگر کار نمی‌کنند.</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>کلید بازیابی نو…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. Keep it on a USB stick stored apart from the laptop; it opens only with this vault&apos;s passphrase.</source>
        <translation>نسخهٔ پشتیبان یک فایل رمزگذاری‌شده است. آن را روی یک فلش USB، دور از لپ‌تاپ نگه دارید؛ فقط با عبارت رمز این گاوصندوق باز می‌شود.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>همین حالا نسخهٔ پشتیبان بگیرید…</translation>
    </message>
    <message>
        <source>This laptop (sharing cases)</source>
        <translation>این لپ‌تاپ (شریک‌سازی قضیه‌ها)</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>نام این لپ‌تاپ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>اثر انگشت دیجیتال این لپ‌تاپ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>اثر انگشت دیجیتال</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>فهرست اعتماد</translation>
    </message>
    <message>
        <source>Save enrolment for the org admin…</source>
        <translation>ذخیرهٔ فایل ثبت‌نام برای مدیر سازمان…</translation>
    </message>
    <message>
        <source>A file with this laptop&apos;s public keys. The org admin lists it in the roster after comparing the fingerprint (read aloud or scanned from the QR code).</source>
        <translation>فایلی با کلیدهای عمومی این لپ‌تاپ. مدیر سازمان پس از مقایسهٔ اثر انگشت دیجیتال (با خواندن بلند یا اسکن کد QR) آن را در فهرست اعتماد می‌گذارد.</translation>
    </message>
    <message>
        <source>QR code of this laptop&apos;s fingerprint</source>
        <translation>کد QR اثر انگشت دیجیتال این لپ‌تاپ</translation>
    </message>
    <message>
        <source>Organization hub</source>
        <translation>هاب سازمان</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>آدرس هاب</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;آدرس</translation>
    </message>
    <message>
        <source>The site&apos;s hub user name</source>
        <translation>نام کاربری این محل در هاب</translation>
    </message>
    <message>
        <source>Site &amp;user name</source>
        <translation>نام &amp;کاربری محل</translation>
    </message>
    <message>
        <source>Save password in this computer&apos;s keyring…</source>
        <translation>ذخیرهٔ رمز عبور در کلیددان این کمپیوتر…</translation>
    </message>
    <message>
        <source>The org admin gives the address, the user name and the password. Share → Exchange with the hub sends this laptop&apos;s work and takes the others&apos;.</source>
        <translation>مدیر سازمان آدرس، نام کاربری و رمز عبور را می‌دهد. هم‌رسانی ← تبادله با هاب کار این کمپیوتر را می‌فرستد و کار دیگران را می‌گیرد.</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>رمز عبور هاب</translation>
    </message>
    <message>
        <source>The password of hub user “{user}”:</source>
        <translation>رمز عبور کاربر هاب «{user}»:</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in (common on Linux without a desktop keyring). Nothing was saved. Start Parole Desktop with PAROLE_HUB_USER and PAROLE_HUB_PASSWORD set in its environment instead.</source>
        <translation>این کمپیوتر کلیددانی برای نگهداری رمز عبور ندارد (در لینوکس بدون کلیددان دسکتاپ معمول است). چیزی ذخیره نشد. به جای آن، Parole Desktop را با PAROLE_HUB_USER و PAROLE_HUB_PASSWORD تنظیم‌شده در محیط آن آغاز کنید.</translation>
    </message>
    <message>
        <source>The password of hub user “{user}” is kept in this computer&apos;s keyring.</source>
        <translation>رمز عبور کاربر هاب «{user}» در کلیددان این کمپیوتر نگهداری می‌شود.</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s enrolment</source>
        <translation>ذخیرهٔ فایل ثبت‌نام این لپ‌تاپ</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation>فایل ثبت‌نام (*.json)</translation>
    </message>
    <message>
        <source>Enrolment not saved</source>
        <translation>فایل ثبت‌نام ذخیره نشد</translation>
    </message>
    <message>
        <source>Enrolment saved</source>
        <translation>فایل ثبت‌نام ذخیره شد</translation>
    </message>
    <message>
        <source>Give {file} to the org admin and compare this fingerprint with theirs: {fpr}</source>
        <translation>{file} را به مدیر سازمان بدهید و این اثر انگشت دیجیتال را با اثر او مقایسه کنید: {fpr}</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>از این گاوصندوق هرگز نسخهٔ پشتیبان گرفته نشده است.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>آخرین نسخهٔ پشتیبان: {when}</translation>
    </message>
    <message>
        <source>Make the first backup onto a USB stick when you can.</source>
        <translation>هر وقت توانستید نخستین پشتیبان را روی یک فلش USB بگیرید.</translation>
    </message>
    <message>
        <source>Please make a backup now.</source>
        <translation>لطفاً همین حالا نسخهٔ پشتیبان بگیرید.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>تنظیمات ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>SignoffGuard</name>
    <message>
        <source>Change the signed request…</source>
        <translation type="unfinished">تغییر درخواست امضاشده…</translation>
    </message>
    <message>
        <source>the reviewer&apos;s sign-off</source>
        <translation type="unfinished">تأیید بازبین</translation>
    </message>
    <message>
        <source>the sign-off by {name} on {date}</source>
        <translation type="unfinished">تأیید {name} در {date}</translation>
    </message>
    <message>
        <source>This request matches {who}. Any change you make now sets that sign-off aside until the request is back as signed or the reviewer signs again.</source>
        <translation type="unfinished">این درخواست با {who} مطابقت دارد. هر تغییری که اکنون بدهید آن تأیید را کنار می‌گذارد تا درخواست به حالت امضاشده برگردد یا بازبین دوباره امضا کند.</translation>
    </message>
    <message>
        <source>Signed off: this request matches {who}. Its fields are locked so that a slip of the keyboard cannot set the sign-off aside.</source>
        <translation type="unfinished">تأییدشده: این درخواست با {who} مطابقت دارد. خانه‌های آن قفل است تا یک اشتباه کیبورد تأیید را کنار نگذارد.</translation>
    </message>
    <message>
        <source>{who} no longer matches this request: it was changed after the reviewer signed. Ask the reviewer to review and sign again.</source>
        <translation type="unfinished">{who} دیگر با این درخواست مطابقت ندارد: پس از امضای بازبین تغییر کرده است. از بازبین بخواهید دوباره بازبینی و امضا کند.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"> و {n} مورد دیگر</translation>
    </message>
    <message>
        <source>{who} no longer matches: changed {fields}. Undo these changes to restore the sign-off, or ask the reviewer to sign again.</source>
        <translation type="unfinished">{who} دیگر مطابقت ندارد: {fields} تغییر کرد. برای بازگرداندن تأیید این تغییرات را برگردانید، یا از بازبین بخواهید دوباره امضا کند.</translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished">یک خانه</translation>
    </message>
    <message>
        <source>Change a signed request</source>
        <translation type="unfinished">تغییر درخواست امضاشده</translation>
    </message>
    <message>
        <source>This request matches {who}. If you change anything, the sign-off is set aside: the request cannot be exported as final until it is back exactly as signed or the reviewer signs again.

Change the request?</source>
        <translation type="unfinished">این درخواست با {who} مطابقت دارد. اگر چیزی را تغییر دهید، تأیید کنار گذاشته می‌شود: درخواست تا وقتی دقیقاً به حالت امضاشده برنگردد یا بازبین دوباره امضا نکند، به عنوان نهایی صادر نمی‌شود.

درخواست تغییر داده شود؟</translation>
    </message>
    <message>
        <source>You are changing a signed request ({who}). Changed fields are listed here as you type.</source>
        <translation type="unfinished">شما یک درخواست امضاشده ({who}) را تغییر می‌دهید. خانه‌های تغییرکرده همزمان با نوشتن شما اینجا فهرست می‌شوند.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>دوباره بگذارید (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>پنهان کردن</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>دوباره گذاشته شد.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation>باز کردن قفل گاوصندوق</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>گاوصندوق: {folder}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت رمز</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>استفاده از کلید بازیابی</translation>
    </message>
    <message>
        <source>Unlock anyway</source>
        <translation>به هر حال باز شود</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>DEMO vault with synthetic cases. Passphrase: {passphrase} — do not put real client data in it; start without --demo for your own vault.</source>
        <translation>گاوصندوق نمایشی با قضیه‌های ساختگی. عبارت رمز: {passphrase} — معلومات واقعی مراجعان را در آن نگذارید؛ برای گاوصندوق خود برنامه را بدون ⁦--demo⁩ باز کنید.</translation>
    </message>
    <message>
        <source>Demo reviewer&apos;s passphrase: {p}</source>
        <translation>عبارت رمز بازبین نمایشی: {p}</translation>
    </message>
    <message>
        <source>Only do this if the vault is not open on the other computer any more (it crashed, or the USB stick was pulled out). Two computers writing to one vault can lose work.</source>
        <translation>این کار را فقط وقتی بکنید که گاوصندوق دیگر در کمپیوتر دیگر باز نیست (از کار افتاده یا فلش USB کشیده شده). اگر دو کمپیوتر در یک گاوصندوق بنویسند، ممکن است کار از دست برود.</translation>
    </message>
    <message>
        <source>Wrong passphrase. You can try again in {n} s.</source>
        <translation>عبارت رمز نادرست است. پس از {n} ثانیه دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>Unlock ({n} s)</source>
        <translation>باز کردن قفل ({n} ثانیه)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation>عبارت رمز نادرست است. Caps Lock و زبان کیبورد را بررسی کنید و دوباره کوشش کنید.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation type="unfinished">
            <numerusform>ثبت بازرسی سالم است: %n مورد، هیچ کدام تغییر نکرده یا حذف نشده.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has problems (%n entries checked):
{problems}</source>
        <translation type="unfinished">
            <numerusform>ثبت بازرسی مشکل دارد (%n مورد بررسی شد):
{problems}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo vault…</source>
        <translation type="unfinished">گاوصندوق نمایشی ساخته می‌شود…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
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
        <translation type="unfinished">نمایندهٔ معتبر (accredited representative)</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished">وکیل</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP در بندر ورودی</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">تصمیم گرفته شد</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">پیش‌نویس</translation>
    </message>
    <message>
        <source>Family unity</source>
        <translation type="unfinished">وحدت خانواده</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">ارائه شد</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation type="unfinished">جنازه</translation>
    </message>
    <message>
        <source>Legal proceeding</source>
        <translation type="unfinished">جریان حقوقی</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished">تداوی</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation type="unfinished">اهدای عضو</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished">حمایت</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">منفعت عامه</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">آمادهٔ بازبینی</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">تأیید شد</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">سرپرست</translation>
    </message>
    <message>
        <source>USCIS (Form I-131)</source>
        <translation type="unfinished">USCIS (Form I-131)</translation>
    </message>
    <message>
        <source>Visit a sick relative</source>
        <translation type="unfinished">دیدار با خویشاوند بیمار</translation>
    </message>
</context>
<context>
    <name>pack_texts</name>
    <message>
        <source>translation out of date: shown in English</source>
        <translation type="unfinished">ترجمه کهنه شده: به انگلیسی نشان داده می‌شود</translation>
    </message>
    <message>
        <source>not translated yet: shown in English</source>
        <translation type="unfinished">هنوز ترجمه نشده: به انگلیسی نشان داده می‌شود</translation>
    </message>
    <message>
        <source>* not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">* هنوز بازبینی نشده: پیش‌نویس ترجمه‌ای که مترجم واجد شرایط آن را بررسی نکرده است.</translation>
    </message>
    <message>
        <source>Not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">هنوز بازبینی نشده: پیش‌نویس ترجمه‌ای که مترجم واجد شرایط آن را بررسی نکرده است.</translation>
    </message>
    <message>
        <source>In English, as stored: {message}</source>
        <translation type="unfinished">به انگلیسی، همان‌طور که ذخیره شده: {message}</translation>
    </message>
    <message>
        <source>In English: {text}</source>
        <translation type="unfinished">به انگلیسی: {text}</translation>
    </message>
</context>
<context>
    <name>quarantine</name>
    <message>
        <source>Case change</source>
        <extracomment>seal context -&gt; what the table calls it</extracomment>
        <translation type="unfinished">تغییر قضیه</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished">فایل مدرک</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished">تأیید نهایی</translation>
    </message>
    <message>
        <source>Rules pack</source>
        <translation type="unfinished">بستهٔ قواعد</translation>
    </message>
    <message>
        <source>Signed filing</source>
        <translation type="unfinished">درخواست امضاشده</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">دریافت</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">از</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">نوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">وضعیت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation type="unfinished">لپ‌تاپ ناشناس</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished">در انتظار</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation type="unfinished">کنار گذاشته‌شده</translation>
    </message>
    <message>
        <source>Received but not applied</source>
        <translation type="unfinished">دریافت‌شده اما اعمال‌نشده</translation>
    </message>
    <message>
        <source>Copy reason</source>
        <translation type="unfinished">کاپی دلیل</translation>
    </message>
    <message>
        <source>Nothing received is kept aside.</source>
        <translation type="unfinished">هیچ چیز دریافت‌شده‌ای کنار گذاشته نشده است.</translation>
    </message>
    <message>
        <source>What other laptops sent that this laptop has not applied, and why. What is kept aside is never applied; what is waiting is taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">آنچه لپ‌تاپ‌های دیگر فرستاده‌اند و این لپ‌تاپ اعمال نکرده است، و دلیل آن. آنچه کنار گذاشته شده هرگز اعمال نمی‌شود؛ آنچه در انتظار است به محض رسیدن آنچه به آن وابسته است گرفته می‌شود.</translation>
    </message>
</context>
<context>
    <name>reviewers</name>
    <message>
        <source>Trust this organization?</source>
        <translation type="unfinished">به این سازمان اعتماد شود؟</translation>
    </message>
    <message>
        <source>First roster for this vault: {org}.
Type the org key fingerprint the org admin gave you by phone or in person (32 characters or more). Nothing is trusted if it differs.</source>
        <translation type="unfinished">نخستین فهرست اعتماد برای این گاوصندوق: {org}.
اثر انگشت کلید سازمان را که مدیر سازمان تلفنی یا حضوری به شما داد بنویسید (32 حرف یا بیشتر). اگر فرق داشته باشد به هیچ چیز اعتماد نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">در حال پشتیبان‌گیری از گاوصندوق…</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Parole Desktop bundle (*.pdbundle);;All files (*)</source>
        <translation type="unfinished">بستهٔ Parole Desktop (*.pdbundle);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>any laptop of the organization</source>
        <translation type="unfinished">هر لپ‌تاپ سازمان</translation>
    </message>
    <message>
        <source>The bundle holds nothing new: as far as this laptop knows, they already have everything it has. It still carries this laptop&apos;s acknowledgements.</source>
        <translation type="unfinished">بسته چیز نو ندارد: تا جایی که این لپ‌تاپ می‌داند، آن‌ها از قبل همه چیزی را که این لپ‌تاپ دارد دارند. با این حال تأییدیه‌های دریافت این لپ‌تاپ را با خود می‌برد.</translation>
    </message>
    <message>
        <source>{count} sealed objects, {size} KB.</source>
        <translation type="unfinished">{count} شیء مهرشده، {size} KB.</translation>
    </message>
    <message>
        <source>Bundle number {number} for {who} written to:
{path}

{body}</source>
        <translation type="unfinished">بستهٔ شمارهٔ {number} برای {who} نوشته شد در:
{path}

{body}</translation>
    </message>
    <message>
        <source>Bundle number {number} from “{sender}” imported.

Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">بستهٔ شمارهٔ {number} از «{sender}» وارد شد.

اعمال‌شده: {applied}
در انتظار آنچه به آن وابسته است: {waiting}
از قبل موجود: {duplicate}
کنار گذاشته‌شده (قرنطینه): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">کنار گذاشته‌شده‌ها و دلیل آن:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">آنچه در انتظار است نگه داشته می‌شود و به محض رسیدن آنچه به آن وابسته است گرفته می‌شود.</translation>
    </message>
    <message>
        <source>Export a bundle to…</source>
        <translation type="unfinished">صدور یک بسته به…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>صدور بسته</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>در حال نوشتن بسته…</translation>
    </message>
    <message>
        <source>Import which bundle?</source>
        <translation type="unfinished">کدام بسته وارد شود؟</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>وارد کردن بسته</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>در حال وارد کردن بسته…</translation>
    </message>
    <message>
        <source>Code for this exchange</source>
        <translation type="unfinished">کد این تبادله</translation>
    </message>
    <message>
        <source>“{peer}” wants to exchange with this laptop. Accept only if the sending laptop shows the same code:</source>
        <translation type="unfinished">«{peer}» می‌خواهد با این لپ‌تاپ تبادله کند. تنها در صورتی قبول کنید که لپ‌تاپ فرستنده همین کد را نشان دهد:</translation>
    </message>
    <message>
        <source>Connected to “{peer}”. Check that it shows the same code; the person there accepts it:</source>
        <translation type="unfinished">به «{peer}» وصل شد. بررسی کنید که همین کد را نشان می‌دهد؛ شخصی که آنجاست آن را قبول می‌کند:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">قبول</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished">رد کردن</translation>
    </message>
    <message>
        <source>Receiving: {count} objects…</source>
        <translation type="unfinished">در حال دریافت: {count} شیء…</translation>
    </message>
    <message>
        <source>Waiting for a laptop of the organization.

On the sending laptop choose Share → Send to a laptop on this network… and type:
{addresses}

This laptop&apos;s fingerprint: {fingerprint}</source>
        <translation type="unfinished">در انتظار یک لپ‌تاپ سازمان.

در لپ‌تاپ فرستنده هم‌رسانی ← ارسال به کمپیوتری در این شبکه… را انتخاب کنید و بنویسید:
{addresses}

اثر انگشت این لپ‌تاپ: {fingerprint}</translation>
    </message>
    <message>
        <source>Sending: {done} of {total} objects…</source>
        <translation type="unfinished">در حال ارسال: {done} از {total} شیء…</translation>
    </message>
    <message>
        <source>Receiving: {done} of {total} objects…</source>
        <translation type="unfinished">در حال دریافت: {done} از {total} شیء…</translation>
    </message>
    <message>
        <source>Exchanged with “{peer}”.

Sent: {sent}
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">تبادله با «{peer}» انجام شد.

ارسال‌شده: {sent}
اعمال‌شده: {applied}
در انتظار آنچه به آن وابسته است: {waiting}
از قبل موجود: {duplicate}
کنار گذاشته‌شده (قرنطینه): {quarantined}</translation>
    </message>
    <message>
        <source>It stopped part-way: what moved is kept on both laptops; exchange again to finish.</source>
        <translation type="unfinished">در نیمه‌راه متوقف شد: آنچه منتقل شده در هر دو لپ‌تاپ نگه داشته می‌شود؛ برای تکمیل، دوباره تبادله کنید.</translation>
    </message>
    <message>
        <source>Receive on this network</source>
        <translation type="unfinished">دریافت در این شبکه</translation>
    </message>
    <message>
        <source>Receiving on this network…</source>
        <translation type="unfinished">در حال دریافت در این شبکه…</translation>
    </message>
    <message>
        <source>Send to a laptop on this network</source>
        <translation type="unfinished">ارسال به کمپیوتری در این شبکه</translation>
    </message>
    <message>
        <source>The address the receiving laptop shows (e.g. 192.168.1.20:{port}):</source>
        <translation type="unfinished">آدرسی که لپ‌تاپ گیرنده نشان می‌دهد (مثلاً 192.168.1.20:{port}):</translation>
    </message>
    <message>
        <source>Exchanging on this network…</source>
        <translation type="unfinished">در حال تبادله در این شبکه…</translation>
    </message>
</context>
<context>
    <name>share_hub</name>
    <message>
        <source>Looking at the hub…</source>
        <translation type="unfinished">در حال بررسی هاب…</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s work: {done} of {total}</source>
        <translation type="unfinished">فرستادن کار این کمپیوتر: {done} از {total}</translation>
    </message>
    <message>
        <source>Receiving the other laptops&apos; work: {done}</source>
        <translation type="unfinished">گرفتن کار کمپیوترهای دیگر: {done}</translation>
    </message>
    <message>
        <source>Sent to the hub: {sent}

Received from the hub:
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">فرستاده‌شده به هاب: {sent}

گرفته‌شده از هاب:
اعمال‌شده: {applied}
در انتظار آنچه به آن وابسته‌اند: {waiting}
از قبل موجود: {duplicate}
کنار گذاشته‌شده (قرنطینه): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">کنار گذاشته‌شده‌ها و دلیل آن:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">آنچه در انتظار است نگهداری می‌شود و به محض رسیدن آنچه به آن وابسته است، گرفته می‌شود.</translation>
    </message>
    <message>
        <source>Cases with fields changed differently on two laptops: {count}. Conflicts in the status bar opens them.</source>
        <translation type="unfinished">قضیه‌هایی با ساحه‌هایی که در دو کمپیوتر به گونهٔ متفاوت تغییر کرده‌اند: {count}. «تضادها» در نوار وضعیت آن‌ها را باز می‌کند.</translation>
    </message>
    <message>
        <source>Cancelled. What was already sent or received is kept; Exchange with the hub again to finish.</source>
        <translation type="unfinished">لغو شد. آنچه فرستاده یا گرفته شده بود نگهداری می‌شود؛ برای تکمیل، دوباره با هاب تبادله کنید.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: check that this laptop is on the network and that the hub&apos;s address in Settings → Organization hub is right.</source>
        <translation type="unfinished">به هاب دسترسی نیست: بررسی کنید که این کمپیوتر به شبکه وصل باشد و آدرس هاب در تنظیمات ← هاب سازمان درست باشد.</translation>
    </message>
    <message>
        <source>The hub refused the user name or password: check both in Settings → Organization hub (the org admin can give the password again).</source>
        <translation type="unfinished">هاب نام کاربری یا رمز عبور را نپذیرفت: هر دو را در تنظیمات ← هاب سازمان بررسی کنید (مدیر سازمان می‌تواند رمز عبور را دوباره بدهد).</translation>
    </message>
    <message>
        <source>The hub is not set up for Parole Desktop yet: the org admin runs “hub init” once on it, then try again.</source>
        <translation type="unfinished">هاب هنوز برای Parole Desktop آماده نشده است: مدیر سازمان یک بار «hub init» را روی آن اجرا می‌کند، سپس دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>No organization hub is set up on this laptop: give its address and the site&apos;s user name in Settings → Organization hub.</source>
        <translation type="unfinished">هیچ هاب سازمانی در این کمپیوتر تنظیم نشده است: آدرس آن و نام کاربری محل را در تنظیمات ← هاب سازمان بدهید.</translation>
    </message>
    <message>
        <source>There is no password for the hub on this laptop: save it with Settings → Organization hub → Save password in this computer&apos;s keyring…, or start the app with PAROLE_HUB_PASSWORD set.</source>
        <translation type="unfinished">رمز عبوری برای هاب در این کمپیوتر نیست: آن را با تنظیمات ← هاب سازمان ← ذخیرهٔ رمز عبور در کلیددان این کمپیوتر… ذخیره کنید، یا برنامه را با PAROLE_HUB_PASSWORD تنظیم‌شده آغاز کنید.</translation>
    </message>
    <message>
        <source>Exchange with the hub</source>
        <translation type="unfinished">تبادله با هاب</translation>
    </message>
    <message>
        <source>Exchanging with the hub…</source>
        <translation type="unfinished">در حال تبادله با هاب…</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Parole Desktop backup (*.pdbackup);;All files (*)</source>
        <translation type="unfinished">نسخهٔ پشتیبان Parole Desktop (*.pdbackup);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Backup written and verified:
{path}

{cases} cases, {files} files, {size:.1f} MB.
Last backup: {when}</source>
        <translation type="unfinished">نسخهٔ پشتیبان نوشته و بررسی شد:
{path}

{cases} قضیه، {files} فایل، {size:.1f} MB.
آخرین نسخهٔ پشتیبان: {when}</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished">جایگزین شود</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">در حال پشتیبان‌گیری از گاوصندوق…</translation>
    </message>
    <message>
        <source>Back up the vault to…</source>
        <translation type="unfinished">پشتیبان‌گیری از گاوصندوق در…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation type="unfinished">نسخهٔ پشتیبان بازگردانده شد. قفل آن را با عبارت رمزی که با آن ساخته شده بود باز کنید.</translation>
    </message>
    <message>
        <source>The previous vault was kept aside in:
{folder}</source>
        <translation type="unfinished">گاوصندوق قبلی جداگانه نگه داشته شد در:
{folder}</translation>
    </message>
    <message>
        <source>Restore the other vault</source>
        <translation type="unfinished">بازگرداندن گاوصندوق دیگر</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">در حال بازگرداندن نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished">کلید بازیابی نو</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will no longer open this vault. Do this when the old one may have been seen or lost.</source>
        <translation type="unfinished">کلید بازیابی نو ساخته شود؟ کلید کهنه دیگر این گاوصندوق را باز نمی‌کند. این کار را وقتی بکنید که شاید کلید کهنه دیده شده یا گم شده باشد.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished">ساختن کلید بازیابی نو</translation>
    </message>
    <message>
        <source>Write this recovery key down (or print this window) and keep it apart from the laptop. It is shown only now:

{key}</source>
        <translation type="unfinished">این کلید بازیابی را بنویسید (یا این پنجره را چاپ کنید) و دور از لپ‌تاپ نگه دارید. فقط همین حالا نشان داده می‌شود:

{key}</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation type="unfinished">تعویض کلیدها</translation>
    </message>
    <message>
        <source>Rotating the keys makes copies of the old key file and the old recovery key useless against this vault. Backups made before keep their old keys: make a new backup afterwards.

The vault&apos;s passphrase:</source>
        <translation type="unfinished">تعویض کلیدها کاپی‌های فایل کلید کهنه و کلید بازیابی کهنه را در برابر این گاوصندوق بی‌فایده می‌کند. نسخه‌های پشتیبان قبلی کلیدهای کهنهٔ خود را نگه می‌دارند: پس از آن یک نسخهٔ پشتیبان نو بگیرید.

عبارت رمز گاوصندوق:</translation>
    </message>
    <message>
        <source>Re-encrypting the files…</source>
        <translation type="unfinished">در حال رمزگذاری دوبارهٔ فایل‌ها…</translation>
    </message>
    <message>
        <source>Rotating the vault&apos;s keys…</source>
        <translation type="unfinished">در حال تعویض کلیدهای گاوصندوق…</translation>
    </message>
    <message>
        <source>Import a signed rules pack</source>
        <translation type="unfinished">وارد کردن بستهٔ قواعد امضاشده</translation>
    </message>
    <message>
        <source>Rules pack (*.json *.signed.json *.pack);;All files (*)</source>
        <translation type="unfinished">بستهٔ قواعد (*.json *.signed.json *.pack);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Rules pack refused</source>
        <translation type="unfinished">بستهٔ قواعد رد شد</translation>
    </message>
    <message>
        <source>The rules pack was not imported:
{why}</source>
        <translation type="unfinished">بستهٔ قواعد وارد نشد:
{why}</translation>
    </message>
    <message>
        <source>Rules pack imported</source>
        <translation type="unfinished">بستهٔ قواعد وارد شد</translation>
    </message>
    <message>
        <source>Imported {id} version {version}, as of {as_of}.
Readiness is checked with the newest pack from the next unlock.</source>
        <translation type="unfinished">{id} نسخهٔ {version}، به‌روز تا {as_of}، وارد شد.
آمادگی از باز کردن بعدی قفل با تازه‌ترین بسته بررسی می‌شود.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">ثبت بازرسی</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished">دربارهٔ {app}</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>The text is refused: {why}.</source>
        <translation type="unfinished">متن رد شد: {why}.</translation>
    </message>
</context>
</TS>
