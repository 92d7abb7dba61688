import { useEffect, useState } from 'react';
import { call } from '../../api';

/**
 * The titles of the document templates by id, so a generated file names the template it came from as a user
 * knows it (民事起诉状) rather than by its id. Empty until the list has loaded.
 */
export function useTemplateTitles(): ReadonlyMap<string, string> {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void call('template:list', {}).then((result) => {
      if (live && result.ok) setTitles(new Map(result.value.map((template) => [template.id, template.title])));
    });
    return () => {
      live = false;
    };
  }, []);
  return titles;
}
