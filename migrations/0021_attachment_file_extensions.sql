-- An attachment's stored name ends in the extension of the type judged from
-- its content (src/attachments/file-type.ts), never the client's: a
-- DOCX-shaped ZIP uploaded as `report.jar` is `report.docx`. Names stored
-- before keep their stem and take the extension of their content type.
with renamed as (
  select id,
         nullif(btrim(regexp_replace(regexp_replace(file_name, '\.[A-Za-z0-9]{1,10}$', ''), '[.[:space:]]+$', '')), '') as stem,
         case content_type
           when 'application/pdf' then '.pdf'
           when 'image/jpeg' then '.jpg'
           when 'image/png' then '.png'
           when 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' then '.docx'
         end as ext
  from case_attachments
)
update case_attachments a
set file_name = coalesce(r.stem, 'attachment') || r.ext
from renamed r
where a.id = r.id and r.ext is not null and a.file_name <> coalesce(r.stem, 'attachment') || r.ext;
